"use client";

import { useT } from "@/lib/i18n/client";

/** The input form folded to one line while an article is read: its opening, and two ways out. */
export function ArticleSummaryBar({
  opening,
  language,
  onEdit,
  onNew,
}: {
  opening: string;
  /** The opening's language (the article's), so Hindi gets its font under an English page. */
  language: string;
  onEdit: () => void;
  onNew: () => void;
}) {
  const { t } = useT();
  const button =
    "shrink-0 rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <div className="flex items-center gap-2 rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm dark:border-stone-800 dark:bg-stone-900">
      <span lang={language} className="min-w-0 flex-1 truncate text-stone-700 dark:text-stone-300">
        {opening}
      </span>
      <button type="button" onClick={onEdit} className={button}>
        {t("input.editText")}
      </button>
      <button type="button" onClick={onNew} className={button}>
        {t("input.newArticle")}
      </button>
    </div>
  );
}
