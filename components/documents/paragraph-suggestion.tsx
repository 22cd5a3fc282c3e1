"use client";

import type { ApiSuggestion } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";

/**
 * Text offered beside a paragraph and applied nowhere: a reader's proposal for this document,
 * or a correction someone made in another document. Rendered as text, never as markup.
 */
export function ParagraphSuggestion({ suggestion }: { suggestion: ApiSuggestion }) {
  const { t } = useT();
  return (
    <aside
      aria-label={t("edit.suggestionTitle")}
      className="mt-2 rounded-md border border-dashed border-sky-700 p-2 text-sm dark:border-sky-400"
    >
      <p className="text-xs font-semibold text-sky-900 dark:text-sky-200">
        {t("edit.suggestionTitle")} ·{" "}
        {suggestion.origin === "reader"
          ? t("edit.suggestionFromReader", {
              author: suggestion.author ?? t("edit.anonymous"),
            })
          : t("edit.suggestionElsewhere")}
      </p>
      <p className="mt-1 whitespace-pre-wrap">{suggestion.text}</p>
    </aside>
  );
}
