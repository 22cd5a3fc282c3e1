"use client";

import type { TFunction } from "i18next";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { EngineBadge } from "./reader-types";

/**
 * What a reader needs to know about one row beyond the document's own note: that it was
 * corrected, that the chosen engine failed on it, or that another engine made it. Rows made
 * by the document's engine say nothing; the document says it once above the rows.
 */
export function RowProvenance({
  paragraph,
  restored,
  documentId,
  badge,
  showEngine,
  fallback,
  t,
}: {
  paragraph: ApiParagraph;
  restored: boolean;
  documentId: string | null;
  badge: EngineBadge | undefined;
  showEngine: boolean;
  fallback: boolean;
  t: TFunction;
}) {
  if (paragraph.revision && !restored)
    return (
      <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
        <span className="rounded border border-emerald-700 px-1 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
          {paragraph.revision.documentId !== null && paragraph.revision.documentId === documentId
            ? t("edit.edited")
            : t("edit.fromMemory")}
        </span>
        {paragraph.revision.author && (
          <span>{t("edit.editedBy", { author: paragraph.revision.author })}</span>
        )}
      </p>
    );
  if (restored)
    return (
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{t("edit.restoredEngine")}</p>
    );
  if (!fallback && !(showEngine && badge)) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
      {showEngine && badge && <span>{t("reader.producedBy", { engine: badge.label })}</span>}
      {showEngine && badge?.draft && (
        <span className="rounded border border-dashed border-amber-700 px-1 text-amber-800 dark:border-amber-400 dark:text-amber-300">
          {t("reader.notFullTranslation")}
        </span>
      )}
      {fallback && (
        <span className="rounded border border-red-700 px-1 text-red-800 dark:border-red-400 dark:text-red-300">
          {t("reader.fallbackWarning")}
        </span>
      )}
    </p>
  );
}
