"use client";

import { useEffect } from "react";
import { rowShowsTranslation } from "./row-view";

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
}

/**
 * The reader's single-key shortcuts: j and k move between rows, t flips the focused row, ?
 * opens the list of shortcuts. Keys typed into a field, or with a modifier, are left alone.
 */
export function useReaderShortcuts({
  total,
  onShowShortcuts,
  onFlipUnavailable,
}: {
  total: number;
  onShowShortcuts: () => void;
  /** Called when t is pressed in a two-language view, where there is nothing to flip. */
  onFlipUnavailable: () => void;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      const focusedRow = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        "[data-paragraph-index]",
      );
      const current = focusedRow ? Number(focusedRow.dataset.paragraphIndex) : -1;
      if (event.key === "j" || event.key === "k") {
        const next = Math.min(total - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)));
        const row = document.getElementById(`p-${next}`);
        row?.focus();
        row?.scrollIntoView({ block: "nearest" });
        event.preventDefault();
      } else if (event.key === "t" && current >= 0) {
        // Each row owns its flip; pressing its own toggle keeps one code path for mouse and keys.
        // The flip button is in every row; only a one-language view shows it (reader-views.css).
        const flip = focusedRow?.querySelector<HTMLButtonElement>("button[aria-pressed]");
        if (flip && focusedRow && rowShowsTranslation(focusedRow) !== undefined) {
          const focusedInCell = document.activeElement?.closest("[data-cell]") != null;
          flip.click();
          // A focused sentence (or word) is in the cell the flip hides, and focus would fall to
          // the page: it goes to the row's flip button, which stays, so j and k carry on from
          // this row and t flips it back.
          if (focusedInCell) flip.focus({ preventScroll: true });
        } else onFlipUnavailable();
        event.preventDefault();
      } else if (event.key === "?") {
        onShowShortcuts();
        event.preventDefault();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [total, onShowShortcuts, onFlipUnavailable]);
}
