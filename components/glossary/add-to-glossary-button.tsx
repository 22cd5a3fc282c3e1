"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { saveGlossaryEntry } from "@/lib/glossary/reader-glossary";
import { cleanTerm } from "@/lib/glossary/glossary";
import type { LanguageCode } from "@/lib/text/language";
import { useReaderGlossary } from "./use-reader-glossary";

/**
 * One click puts a word into the reader's glossary, kept as it is; the glossary panel can then
 * give it a fixed rendering instead. Meant for the word-lookup popover.
 */
export function AddToGlossaryButton({ term, language }: { term: string; language: LanguageCode }) {
  const { t } = useT("checks");
  const entries = useReaderGlossary();
  const [added, setAdded] = useState(false);
  const key = cleanTerm(term).toLowerCase();
  const present = entries.some(
    (entry) => entry.language === language && cleanTerm(entry.term).toLowerCase() === key,
  );
  if (key === "") return null;
  if (present)
    return (
      <span role="status" className="text-xs text-emerald-800 dark:text-emerald-300">
        {added ? t("glossary.added") : t("glossary.inGlossary")}
      </span>
    );
  return (
    <button
      type="button"
      onClick={() => {
        saveGlossaryEntry({ term, language, rendering: null });
        setAdded(true);
      }}
      className="rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      {t("glossary.add")}
    </button>
  );
}
