"use client";

import { useCallback, useState } from "react";
import { createFlipResets } from "./flip-resets";
import type { ViewMode } from "./reader-types";

/**
 * The reader's view mode and column order. Every change first calls `beforeChange`, so the
 * scroll anchor can keep the reader's place.
 */
export function useViewMode(beforeChange: () => void) {
  const [mode, setMode] = useState<ViewMode>("side-by-side");
  const [swapped, setSwapped] = useState(false);
  // Rows flipped on their own; provided to the rows (FlipResetsContext) by the reader.
  const [flipResets] = useState(createFlipResets);

  const changeMode = useCallback(
    (next: ViewMode) => {
      beforeChange();
      setMode(next);
    },
    [beforeChange],
  );
  // "Show all in …" means every paragraph: rows flipped on their own are unflipped with it, in
  // the same render, or they would show the language the button just turned away from.
  const flipAll = useCallback(() => {
    beforeChange();
    if (mode === "original" || mode === "translation") flipResets.resetAll();
    if (mode === "original") setMode("translation");
    else if (mode === "translation") setMode("original");
    else setSwapped((value) => !value);
  }, [mode, beforeChange, flipResets]);
  const swap = useCallback(() => {
    beforeChange();
    setSwapped((value) => !value);
  }, [beforeChange]);

  return { mode, swapped, changeMode, flipAll, swap, flipResets };
}
