"use client";

import { useCallback, useLayoutEffect, useRef } from "react";
import { firstRowOnScreen, putRowBack, type RowAnchor } from "./hold-row-in-place";

/**
 * Keeps the first visible row where the reader saw it across a layout change (view mode, swap,
 * text size): `remember` before the change, and the layout effect scrolls it back after the
 * render that any of `dependencies` triggers.
 */
export function useScrollAnchor(dependencies: readonly unknown[]): () => void {
  const anchor = useRef<RowAnchor | null>(null);

  const remember = useCallback(() => {
    anchor.current = firstRowOnScreen();
  }, []);

  useLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    if (!saved) return;
    putRowBack(saved);
    // The caller names what changes the layout; the anchor itself is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, dependencies);

  return remember;
}
