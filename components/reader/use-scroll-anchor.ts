"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * Keeps the first visible row where the reader saw it across a layout change (view mode, swap,
 * text size): `remember` before the change, and the layout effect scrolls it back after the
 * render that any of `dependencies` triggers.
 */
export function useScrollAnchor(dependencies: readonly unknown[]): () => void {
  const anchor = useRef<{ index: number; top: number } | null>(null);

  const remember = useCallback(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>("[data-paragraph-index]"));
    const row = rows.find((candidate) => candidate.getBoundingClientRect().bottom > 0);
    if (row)
      anchor.current = {
        index: Number(row.dataset.paragraphIndex),
        top: row.getBoundingClientRect().top,
      };
  }, []);

  useLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    if (!saved) return;
    const row = document.getElementById(`p-${saved.index}`);
    if (row) window.scrollBy(0, row.getBoundingClientRect().top - saved.top);
    // The caller names what changes the layout; the anchor itself is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, dependencies);

  return remember;
}
