"use client";

import { useT } from "@/lib/i18n/client";

/** How many paragraphs have arrived, as text and as a progress bar. */
export function ReaderProgress({ arrived, total }: { arrived: number; total: number }) {
  const { t } = useT();
  // Once per update, shown and spoken: with new counts each time, every call interpolates anew.
  // Plural by the total ("0 of 1 paragraph", "3 of 12 paragraphs"): `count` picks the form.
  const progress = t("reader.progress", { done: arrived, count: total });
  return (
    <div className="my-3">
      <p className="text-sm text-stone-700 dark:text-stone-300">{progress}</p>
      <div
        role="progressbar"
        aria-label={t("reader.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={arrived}
        aria-valuetext={progress}
        className="mt-1 h-1.5 overflow-hidden rounded bg-stone-200 dark:bg-stone-800"
      >
        <div
          className="h-full bg-sky-700 transition-[width] dark:bg-sky-400"
          style={{ width: `${total === 0 ? 0 : (arrived / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
