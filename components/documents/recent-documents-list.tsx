"use client";

import { useT } from "@/lib/i18n/client";
import { RecentDocumentsView } from "./recent-documents-view";

/** The documents this browser has saved, in the reader: the shared list in i18next's words. */
export function RecentDocumentsList() {
  const { t, i18n } = useT();
  return (
    <RecentDocumentsView
      language={i18n.language}
      strings={{
        title: t("recent.title"),
        empty: t("recent.empty"),
        languages: { hi: t("languages.hi"), en: t("languages.en") },
        remove: (title) => t("recent.remove", { title }),
      }}
    />
  );
}
