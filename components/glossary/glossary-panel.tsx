"use client";

import { useId, useRef, useState } from "react";
import { useT } from "@/lib/i18n/client";
import { removeGlossaryEntry, saveGlossaryEntry } from "@/lib/glossary/reader-glossary";
import type { LanguageCode } from "@/lib/text/language";
import { useReaderGlossary } from "./use-reader-glossary";

const FIELD =
  "rounded-md border border-stone-400 bg-white px-2 py-1 text-sm text-stone-900 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100";
const BUTTON =
  "rounded-md border border-stone-400 px-2 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-500 dark:text-stone-200 dark:hover:bg-stone-800";

/** The reader's glossary: a disclosure with a form to add a term and the list to remove them. */
export function GlossaryPanel({ defaultLanguage }: { defaultLanguage: LanguageCode }) {
  const { t } = useT("checks");
  const { t: tCommon } = useT();
  const entries = useReaderGlossary();
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState("");
  const [language, setLanguage] = useState<LanguageCode>(defaultLanguage);
  const [rendering, setRendering] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const termField = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (term.trim() === "") {
      setProblem(t("glossary.termRequired"));
      termField.current?.focus();
      return;
    }
    saveGlossaryEntry({ term, language, rendering: rendering.trim() === "" ? null : rendering });
    setTerm("");
    setRendering("");
    setProblem(null);
    termField.current?.focus();
  };

  return (
    <div className="mb-2">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={BUTTON}
      >
        {t("glossary.open")} ({entries.length})
      </button>
      {open && (
        <section
          id={panelId}
          aria-label={t("glossary.heading")}
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            setOpen(false);
            toggle.current?.focus();
          }}
          className="mt-2 rounded-lg border border-stone-300 p-3 dark:border-stone-700"
        >
          <h2 className="text-base font-semibold">{t("glossary.heading")}</h2>
          <p className="mb-2 text-sm text-stone-700 dark:text-stone-300">{t("glossary.explain")}</p>
          <form onSubmit={add} className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-sm">
              {t("glossary.term")}
              <input
                ref={termField}
                value={term}
                onChange={(event) => setTerm(event.target.value)}
                maxLength={200}
                lang={language}
                className={FIELD}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t("glossary.termLanguage")}
              <select
                value={language}
                onChange={(event) => setLanguage(event.target.value === "en" ? "en" : "hi")}
                className={FIELD}
              >
                <option value="hi">{tCommon("languages.hi")}</option>
                <option value="en">{tCommon("languages.en")}</option>
              </select>
            </label>
            <label className="flex flex-col text-sm">
              {t("glossary.rendering")}
              <input
                value={rendering}
                onChange={(event) => setRendering(event.target.value)}
                maxLength={200}
                placeholder={t("glossary.keep")}
                aria-describedby={`${panelId}-hint`}
                lang={language === "hi" ? "en" : "hi"}
                className={FIELD}
              />
            </label>
            <button type="submit" className={BUTTON}>
              {t("glossary.add")}
            </button>
          </form>
          <p id={`${panelId}-hint`} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            {t("glossary.renderingHint")}
          </p>
          {problem && (
            <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
              {problem}
            </p>
          )}
          {entries.length === 0 ? (
            <p className="mt-2 text-sm">{t("glossary.empty")}</p>
          ) : (
            <ul aria-label={t("glossary.entries")} className="mt-2 space-y-1 text-sm">
              {entries.map((entry) => (
                <li key={`${entry.language}:${entry.term}`} className="flex items-center gap-2">
                  <span lang={entry.language} className="font-medium">
                    {entry.term}
                  </span>
                  <span aria-hidden="true">→</span>
                  <span lang={entry.rendering === null ? entry.language : undefined}>
                    {entry.rendering ?? t("glossary.keep")}
                  </span>
                  <button
                    type="button"
                    onClick={() => removeGlossaryEntry(entry)}
                    className="rounded border border-stone-300 px-1.5 text-xs dark:border-stone-600"
                  >
                    {t("glossary.remove", { term: entry.term })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
