"use client";

import { useT } from "@/lib/i18n/client";
import type { EngineBadge } from "./reader-types";

/** How the document was translated, said once above the rows rather than on every one. */
export function DocumentNotes({
  badge,
  fallbackCount,
  engineStatus,
}: {
  badge: EngineBadge;
  fallbackCount: number;
  /** How the engine was chosen, when `auto` chose it ("Automatic → Chrome on-device"). */
  engineStatus?: string | undefined;
}) {
  const { t } = useT();
  return (
    <p className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
      <span>{t("reader.producedBy", { engine: badge.label })}</span>
      {engineStatus && <span>{t("reader.engineLabel", { engine: engineStatus })}</span>}
      {badge.draft && (
        <span className="rounded border border-dashed border-amber-700 px-1 text-amber-800 dark:border-amber-400 dark:text-amber-300">
          {t("reader.draftWarning")}
        </span>
      )}
      {fallbackCount > 0 && (
        <span className="rounded border border-red-700 px-1 text-red-800 dark:border-red-400 dark:text-red-300">
          {t("reader.fallbackCount", { count: fallbackCount })}
        </span>
      )}
    </p>
  );
}
