"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import {
  forgetDocument,
  getRecentDocuments,
  getServerRecentDocuments,
  subscribeRecentDocuments,
} from "@/lib/documents/recent-documents";
import { useT } from "@/lib/i18n/client";

/** The documents this browser has saved, newest first, each opening its permalink. */
export function RecentDocumentsList() {
  const { t, i18n } = useT();
  const items = useSyncExternalStore(
    subscribeRecentDocuments,
    getRecentDocuments,
    getServerRecentDocuments,
  );
  const format = new Intl.DateTimeFormat(i18n.language === "hi" ? "hi-IN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <section aria-labelledby="recent-heading" className="mt-8">
      <h2 id="recent-heading" className="text-lg font-semibold">
        {t("recent.title")}
      </h2>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("recent.empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-3 py-2">
              <div className="min-w-0">
                <Link
                  href={`/d/${item.id}`}
                  lang={item.source}
                  className="block truncate font-medium text-sky-800 underline dark:text-sky-300"
                >
                  {item.title}
                </Link>
                <span className="text-xs text-stone-600 dark:text-stone-400">
                  {t(`languages.${item.source}`)} → {t(`languages.${item.target}`)} ·{" "}
                  {format.format(new Date(item.savedAt))}
                </span>
              </div>
              <button
                type="button"
                onClick={() => forgetDocument(item.id)}
                aria-label={t("recent.remove", { title: item.title })}
                className="shrink-0 rounded-md border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
