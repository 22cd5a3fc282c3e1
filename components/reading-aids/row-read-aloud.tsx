"use client";

import type { TFunction } from "i18next";
import { useState } from "react";
import { useReadAloudActions } from "./reading-aids-context";

const ACTION =
  "rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800";

/**
 * A row's read-aloud buttons: this paragraph, or from here to the end. Both are items of the
 * row's roving focus, so they add no tab stop.
 */
export function RowReadAloud({ index, t }: { index: number; t: TFunction }) {
  const actions = useReadAloudActions();
  // Why nothing is heard, said here too: the bar's explanation may be scrolled out of view.
  const [refused, setRefused] = useState<"no-voice" | "unsupported" | null>(null);
  if (actions === null) return null;
  const read = (toEnd: boolean) => {
    const result = actions.read(index, toEnd);
    setRefused(result === "started" ? null : result);
  };
  return (
    <div className="mt-1 flex flex-wrap gap-1.5">
      <button
        type="button"
        tabIndex={-1}
        data-roving=""
        onClick={() => read(false)}
        className={ACTION}
      >
        {t("readingAids.readParagraph")}
      </button>
      <button
        type="button"
        tabIndex={-1}
        data-roving=""
        onClick={() => read(true)}
        className={ACTION}
      >
        {t("readingAids.readFromHere")}
      </button>
      {refused !== null && (
        <span role="status" className="text-xs text-amber-900 dark:text-amber-200">
          {refused === "unsupported"
            ? t("readingAids.speechUnsupported")
            : t("readingAids.noVoiceShort")}
        </span>
      )}
    </div>
  );
}
