"use client";

import { memo } from "react";
import type { TFunction } from "i18next";
import type { LanguageCode } from "@/lib/translation/engine-spec";

/*
 * A row's view is CSS (reader-views.css): the rows container carries the view mode, the row its
 * own flip (data-flipped), and these parts only mark what the rules select. Nothing here
 * depends on the view mode, so switching views renders no row.
 */

/** Whether the row's cells show, given the container's mode and the row's own flip. */
export function rowShowsTranslation(row: Element): boolean | undefined {
  const mode = row.closest<HTMLElement>("[data-mode]")?.dataset.mode;
  if (mode !== "translation" && mode !== "original") return undefined;
  return (mode === "translation") !== row.hasAttribute("data-flipped");
}

// Styled in app/globals.css under one short name, as the rows' other repeated classes are.
export const FLIP_BUTTON_CLASS = "flip-button";

/** "Show in …": flips one row in a one-language view; CSS hides it where both languages show. */
export const FlipButton = memo(function FlipButton({
  flipped,
  onToggle,
  source,
  target,
  t,
}: {
  flipped: boolean;
  onToggle: () => void;
  source: LanguageCode;
  target: LanguageCode;
  t: TFunction;
}) {
  return (
    <button
      type="button"
      aria-pressed={flipped}
      tabIndex={-1}
      data-roving=""
      onClick={onToggle}
      className={FLIP_BUTTON_CLASS}
    >
      {/* Both labels; the view's CSS shows the one naming the language not on screen. */}
      <span data-flip-label="source">
        {t("reader.showIn", { language: t(`languages.${source}`) })}
      </span>
      <span data-flip-label="target">
        {t("reader.showIn", { language: t(`languages.${target}`) })}
      </span>
    </button>
  );
});
