"use client";

import { useCallback, useState } from "react";
import type { ViewMode } from "./reader-types";

/**
 * The reader's view mode and column order. Every change first calls `beforeChange`, so the
 * scroll anchor can keep the reader's place.
 */
export function useViewMode(beforeChange: () => void) {
  const [mode, setMode] = useState<ViewMode>("side-by-side");
  const [swapped, setSwapped] = useState(false);

  const changeMode = useCallback(
    (next: ViewMode) => {
      beforeChange();
      setMode(next);
    },
    [beforeChange],
  );
  const flipAll = useCallback(() => {
    beforeChange();
    if (mode === "original") setMode("translation");
    else if (mode === "translation") setMode("original");
    else setSwapped((value) => !value);
  }, [mode, beforeChange]);
  const swap = useCallback(() => {
    beforeChange();
    setSwapped((value) => !value);
  }, [beforeChange]);

  return { mode, swapped, changeMode, flipAll, swap };
}
