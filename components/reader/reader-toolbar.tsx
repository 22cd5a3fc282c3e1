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

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { t } = useT();
  const single = props.mode === "original" || props.mode === "translation";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 pb-3 dark:border-stone-800">
      <div role="radiogroup" aria-label={t("reader.viewMode")} className="flex flex-wrap gap-1">
        {VIEW_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={props.mode === mode}
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
          aria-label={t("reader.smallerText")}
          disabled={!props.canShrink}
          onClick={props.onShrink}
          className={BUTTON}
        >
          A−
        </button>
        <button
          type="button"
          aria-label={t("reader.largerText")}
          disabled={!props.canGrow}
          onClick={props.onGrow}
          className={BUTTON}
        >
          A+
        </button>
      </div>
      <button
        type="button"
        onClick={props.onShowShortcuts}
        className={`${BUTTON} ml-auto`}
        aria-keyshortcuts="?"
      >
        {t("reader.shortcutsButton")}
      </button>
    </div>
  );
}
