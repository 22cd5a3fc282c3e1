"use client";

import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import { VIEW_MODES, type ViewMode } from "./reader-types";

const MODE_LABEL_KEYS: Record<ViewMode, string> = {
  "side-by-side": "reader.viewSideBySide",
  original: "reader.viewOriginal",
  translation: "reader.viewTranslation",
  interleaved: "reader.viewInterleaved",
};

interface ReaderToolbarProps {
  /** A phone-sized screen: side by side is not offered and shortcuts are not listed. */
  narrow: boolean;
  onCopySummary: () => void;
  canCopySummary: boolean;
  mode: ViewMode;
  onModeChange: (mode: ViewMode) => void;
  swapped: boolean;
  onSwap: () => void;
  onFlipAll: () => void;
  flipTarget: LanguageCode;
  canShrink: boolean;
  canGrow: boolean;
  onShrink: () => void;
  onGrow: () => void;
  onShowShortcuts: () => void;
}

const BUTTON =
  "rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-600 dark:hover:bg-stone-800";

/** The reader's controls, kept in view at the top of the screen while the article scrolls. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { t } = useT();
  const single = props.mode === "original" || props.mode === "translation";
  const modes = props.narrow ? VIEW_MODES.filter((mode) => mode !== "side-by-side") : VIEW_MODES;
  // A radio group is one tab stop; arrow keys move the choice, as in any radio group.
  const onRadioKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>) => {
    const step =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = modes.indexOf(props.mode);
    const next = modes[(index + step + modes.length) % modes.length];
    if (!next) return;
    props.onModeChange(next);
    const group = event.currentTarget.parentElement;
    requestAnimationFrame(() =>
      group?.querySelector<HTMLButtonElement>(`[data-mode="${next}"]`)?.focus(),
    );
  };
  return (
    <div className="sticky top-0 z-20 -mx-1 mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-stone-200 bg-stone-50/95 px-1 py-2 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
      <div role="radiogroup" aria-label={t("reader.viewMode")} className="flex flex-wrap gap-1">
        {modes.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            data-mode={mode}
            aria-checked={props.mode === mode}
            tabIndex={props.mode === mode ? 0 : -1}
            onKeyDown={onRadioKeyDown}
            onClick={() => props.onModeChange(mode)}
            className={`${BUTTON} aria-checked:border-sky-800 aria-checked:bg-sky-800 aria-checked:text-white dark:aria-checked:border-sky-300 dark:aria-checked:bg-sky-300 dark:aria-checked:text-stone-950`}
          >
            {t(MODE_LABEL_KEYS[mode])}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap gap-1">
        {single ? (
          <button type="button" onClick={props.onFlipAll} className={BUTTON}>
            {t("reader.showAllIn", { language: t(`languages.${props.flipTarget}`) })}
          </button>
        ) : (
          <button
            type="button"
            aria-pressed={props.swapped}
            onClick={props.onSwap}
            className={BUTTON}
          >
            {t("reader.swapColumns")}
          </button>
        )}
      </div>
      <div role="group" aria-label={t("reader.textSize")} className="flex gap-1">
        <button
          type="button"
          disabled={!props.canShrink}
          onClick={props.onShrink}
          className={BUTTON}
        >
          {/* The name is the words; the glyphs are what the eye reads. */}
          <span aria-hidden="true">A−</span>
          <span className="sr-only">{t("reader.smallerText")}</span>
        </button>
        <button type="button" disabled={!props.canGrow} onClick={props.onGrow} className={BUTTON}>
          <span aria-hidden="true">A+</span>
          <span className="sr-only">{t("reader.largerText")}</span>
        </button>
      </div>
      <button
        type="button"
        onClick={props.onCopySummary}
        disabled={!props.canCopySummary}
        className={BUTTON}
      >
        {t("summary.copy")}
      </button>
      {!props.narrow && (
        <button
          type="button"
          onClick={props.onShowShortcuts}
          className={`${BUTTON} ml-auto`}
          aria-keyshortcuts="?"
        >
          {t("reader.shortcutsButton")}
        </button>
      )}
    </div>
  );
}
