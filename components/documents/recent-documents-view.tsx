"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import {
  forgetDocument,
  getRecentDocuments,
  getServerRecentDocuments,
  subscribeRecentDocuments,
} from "@/lib/documents/recent-documents";

/** The list's words, given by its caller: i18next in the reader, the server on the home page. */
export interface RecentDocumentsStrings {
  title: string;
  empty: string;
  languages: { hi: string; en: string };
  /** The label of the button that forgets a document. */
  remove: (title: string) => string;
}

/**
 * The documents this browser has saved, newest first, each opening its permalink; without
 * i18next, so the home page shows it before the reader's code has loaded.
 */
export function RecentDocumentsView({
  strings,
  language,
}: {
  strings: RecentDocumentsStrings;
  /** The interface language, for the dates. */
  language: string;
}) {
  const items = useSyncExternalStore(
    subscribeRecentDocuments,
    getRecentDocuments,
    getServerRecentDocuments,
  );
  const format = new Intl.DateTimeFormat(language === "hi" ? "hi-IN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <section aria-labelledby="recent-heading" className="mt-8">
      <h2 id="recent-heading" className="text-lg font-semibold">
        {strings.title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{strings.empty}</p>
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
                  {strings.languages[item.source]} → {strings.languages[item.target]} ·{" "}
                  {format.format(new Date(item.savedAt))}
                </span>
              </div>
              <button
                type="button"
                onClick={() => forgetDocument(item.id)}
                aria-label={strings.remove(item.title)}
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
