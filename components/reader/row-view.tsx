"use client";

import { createContext, memo, useContext, type ReactNode } from "react";
import type { TFunction } from "i18next";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import type { ViewMode } from "./reader-types";

/**
 * The view mode reaches rows through a context rather than a prop, so switching views renders
 * only the small parts below that depend on it (each row's two cells and its flip button), never
 * the rows themselves or their text. Layout (columns, order, the interleaved rule, line length)
 * is CSS keyed on the rows container's data-mode and data-swapped (see globals.css).
 */
export const RowViewContext = createContext<ViewMode>("side-by-side");

/** Whether a row shows its translation in a one-language view, given its own flip. */
export const showsTranslation = (mode: ViewMode, flipped: boolean) =>
  (mode === "translation") !== flipped;

/**
 * One language's cell of a row. Both cells stay mounted in every view; a one-language view
 * hides the other with the `hidden` attribute, so a switch re-mounts nothing. `children` is
 * created by the row, so a context change re-renders this wrapper alone.
 */
export const RowCell = memo(function RowCell({
  side,
  flipped,
  children,
}: {
  side: "original" | "translation";
  flipped: boolean;
  children: ReactNode;
}) {
  const mode = useContext(RowViewContext);
  const single = mode === "original" || mode === "translation";
  const visible = !single || showsTranslation(mode, flipped) === (side === "translation");
  return (
    <div className="min-w-0" data-cell={side} hidden={!visible}>
      {children}
    </div>
  );
});

/** "Show in …": flips one row in a one-language view; absent where both languages show. */
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
  const mode = useContext(RowViewContext);
  if (mode !== "original" && mode !== "translation") return null;
  const otherLanguage = showsTranslation(mode, flipped) ? source : target;
  return (
    <button
      type="button"
      aria-pressed={flipped}
      tabIndex={-1}
      data-roving=""
      onClick={onToggle}
      className="mt-2 rounded-md border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      {t("reader.showIn", { language: t(`languages.${otherLanguage}`) })}
    </button>
  );
});
