"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { ApiWordLookup } from "@/lib/api/wire-types";
import { useWordLookup } from "./use-word-lookup";

export interface WordPopoverProps {
  word: string;
  language: "hi" | "en";
  /** The English spelling the engine left, when the word is Hindi it did not translate. */
  untranslatedFrom?: string | undefined;
  anchor: { left: number; top: number };
  onClose: () => void;
  /** Extra buttons under the meanings ("add to glossary"), given the word's entry. */
  actions?: ((entry: ApiWordLookup) => React.ReactNode) | undefined;
}

const WIDTH = 320;

/**
 * A small non-modal dialog under a word: the word and its romanisation, its dictionary form
 * and part of speech, and its meanings best first. Escape or a click elsewhere closes it.
 */
export function WordPopover({
  word,
  language,
  untranslatedFrom,
  anchor,
  onClose,
  actions,
}: WordPopoverProps) {
  const { t } = useT();
  const state = useWordLookup(word, language);
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [left, setLeft] = useState(anchor.left);
  const meaningLanguage = language === "hi" ? "en" : "hi";

  // Kept inside the page's width: a word at the right edge opens its popover to the left.
  useLayoutEffect(() => {
    const width = ref.current?.offsetWidth || WIDTH;
    const max = window.scrollX + document.documentElement.clientWidth - width - 8;
    setLeft(Math.max(window.scrollX + 8, Math.min(anchor.left, max)));
  }, [anchor.left]);

  useEffect(() => {
    ref.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [onClose]);

  const entry = state.status === "ready" ? state.entry : null;
  const details = [
    entry?.partOfSpeech ? t(`readingAids.partOfSpeech.${entry.partOfSpeech}`) : null,
    entry?.form ? t(`readingAids.form.${entry.form}`) : null,
  ].filter((detail) => detail !== null);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-word-popover=""
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      style={{ left, top: anchor.top, width: WIDTH }}
      className="absolute z-50 max-w-[calc(100vw-1rem)] rounded-lg border border-stone-300 bg-white p-3 text-sm text-stone-900 shadow-lg outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-lg font-semibold" lang={language}>
            {word}
          </h2>
          {entry?.romanization && (
            <p lang="hi-Latn" className="text-stone-700 dark:text-stone-300">
              {entry.romanization}
            </p>
          )}
        </div>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-stone-300 px-2 py-0.5 text-xs font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {t("readingAids.close")}
        </button>
      </div>
      {untranslatedFrom !== undefined && (
        <p className="mt-2 rounded-md bg-stone-100 p-2 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
          {t("readingAids.untranslated", { english: untranslatedFrom, hindi: word })}
        </p>
      )}
      {state.status === "loading" && (
        <p role="status" className="mt-2 text-stone-600 dark:text-stone-400">
          {t("readingAids.lookingUp")}
        </p>
      )}
      {state.status === "failed" && (
        <p role="alert" className="mt-2 text-red-800 dark:text-red-300">
          {t("readingAids.lookupFailed", { message: state.message })}
        </p>
      )}
      {entry && (
        <div className="mt-2 space-y-2">
          {(entry.lemma || details.length > 0) && (
            <p className="text-stone-700 dark:text-stone-300">
              {entry.lemma && (
                <>
                  {t("readingAids.lemma")}{" "}
                  <span lang={language} className="font-medium text-stone-900 dark:text-stone-100">
                    {entry.lemma}
                  </span>
                  {details.length > 0 ? " · " : ""}
                </>
              )}
              {details.length > 0 && <span>{details.join(" · ")}</span>}
            </p>
          )}
          {entry.meanings.length === 0 ? (
            <p className="text-stone-700 dark:text-stone-300">{t("readingAids.noMeanings")}</p>
          ) : (
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
                {t(`readingAids.meaningsIn.${meaningLanguage}`)}
              </h3>
              <ol className="mt-1 list-decimal space-y-0.5 pl-5">
                {entry.meanings.map((meaning, index) => (
                  <li key={`${meaning.text}-${index}`}>
                    <span lang={meaningLanguage}>{meaning.text}</span>
                    {meaning.romanization && (
                      <span lang="hi-Latn" className="text-stone-600 dark:text-stone-400">
                        {" "}
                        ({meaning.romanization})
                      </span>
                    )}
                    {meaning.partOfSpeech && (
                      <span className="text-xs text-stone-600 dark:text-stone-400">
                        {" "}
                        · {t(`readingAids.partOfSpeech.${meaning.partOfSpeech}`)}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {actions && <div className="flex flex-wrap gap-1.5 pt-1">{actions(entry)}</div>}
          <p className="text-xs text-stone-500 dark:text-stone-400">{t("readingAids.source")}</p>
        </div>
      )}
    </div>
  );
}
