"use client";

import { useId, useState, type ReactNode } from "react";

export type Direction = "auto" | "hi-en" | "en-hi";

/** The form's words, given by its caller: the reader's i18next, or the home page's server. */
export interface ArticleInputStrings {
  label: string;
  trySample: string;
  tryEnglishSample: string;
  placeholder: string;
  /** `paragraphCount` picks the plural form; the other values are written out for the locale. */
  counter: (values: {
    characters: string;
    limit: string;
    paragraphs: string;
    paragraphCount: number;
  }) => string;
  shortcutHint: string;
  direction: string;
  directionAuto: string;
  directionHiEn: string;
  directionEnHi: string;
  detected: (direction: string) => string;
  engine: string;
  translate: string;
  translating: string;
}

export interface ArticleInputViewProps {
  strings: ArticleInputStrings;
  /** The locale numbers are written in. */
  locale: string;
  text: string;
  onTextChange: (text: string) => void;
  direction: Direction;
  onDirectionChange: (direction: Direction) => void;
  detected: "hi" | "en" | null;
  /** The engine picker, given the id its label points at. */
  engineControl: (id: string) => ReactNode;
  error: string | null;
  busy: boolean;
  /** True while an article is open in the reader: the box then takes less room. */
  compact: boolean;
  /** The text as it will be sent: its paragraphs and their characters, counted as the server does. */
  counts: { characters: number; paragraphs: number };
  /** The most characters one article may have. */
  articleLimit: number;
  onSubmit: () => void;
}

/**
 * The article form (text box, samples, direction, engine, Translate) without i18next: the
 * reader's form (article-input.tsx) and the home page's form before the reader has loaded
 * (components/home) are this one component, so the reader takes over the same markup.
 */
export function ArticleInputView(props: ArticleInputViewProps) {
  const { strings, locale } = props;
  const ids = { text: useId(), direction: useId(), engine: useId(), error: useId() };
  // Translate waits while a sample is loading: pressed at once after "Try a sample", it would
  // otherwise send the box as it was (often empty) instead of the sample.
  const [loadingSample, setLoadingSample] = useState(false);
  const loadSample = (language: "hi" | "en") => {
    setLoadingSample(true);
    // The samples load on demand: most readers paste their own article.
    void import("@/lib/samples/sample-articles")
      .then((module) =>
        props.onTextChange(
          language === "hi" ? module.HINDI_SAMPLE.text : module.ENGLISH_SAMPLE.text,
        ),
      )
      .finally(() => setLoadingSample(false));
  };
  const detectedLabel =
    props.detected === "hi"
      ? strings.directionHiEn
      : props.detected === "en"
        ? strings.directionEnHi
        : null;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!loadingSample) props.onSubmit();
      }}
      className="space-y-3"
    >
      <div>
        <div className="mb-1 flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={ids.text} className="font-medium">
            {strings.label}
          </label>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => loadSample("hi")}
              className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {strings.trySample}
            </button>
            <button
              type="button"
              onClick={() => loadSample("en")}
              className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {strings.tryEnglishSample}
            </button>
          </div>
        </div>
        <textarea
          id={ids.text}
          // What is typed is the article, not the interface: Hindi gets its font and spelling.
          lang={props.detected ?? undefined}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (!loadingSample) props.onSubmit();
            }
          }}
          placeholder={strings.placeholder}
          rows={props.compact ? 4 : 12}
          aria-invalid={props.error !== null}
          aria-describedby={props.error ? ids.error : undefined}
          aria-keyshortcuts="Control+Enter"
          className="reader-text w-full rounded-lg border border-stone-300 bg-white p-3 leading-relaxed shadow-inner focus:border-sky-700 focus:outline-2 focus:outline-sky-700 dark:border-stone-600 dark:bg-stone-900"
        />
        <p className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-stone-600 dark:text-stone-400">
          <span
            aria-live="polite"
            className={
              props.counts.characters > props.articleLimit
                ? "font-semibold text-red-800 dark:text-red-300"
                : undefined
            }
          >
            {strings.counter({
              characters: props.counts.characters.toLocaleString(locale),
              limit: props.articleLimit.toLocaleString(locale),
              paragraphs: props.counts.paragraphs.toLocaleString(locale),
              paragraphCount: props.counts.paragraphs,
            })}
          </span>
          {/* Phones have no Ctrl key to speak of. */}
          <span className="hidden md:inline">{strings.shortcutHint}</span>
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={ids.direction} className="block text-sm font-medium">
            {strings.direction}
          </label>
          <select
            id={ids.direction}
            value={props.direction}
            onChange={(event) => props.onDirectionChange(event.target.value as Direction)}
            className="mt-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
          >
            <option value="auto">{strings.directionAuto}</option>
            <option value="hi-en">{strings.directionHiEn}</option>
            <option value="en-hi">{strings.directionEnHi}</option>
          </select>
          {props.direction === "auto" && detectedLabel && (
            <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
              {strings.detected(detectedLabel)}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={ids.engine} className="block text-sm font-medium">
            {strings.engine}
          </label>
          {props.engineControl(ids.engine)}
        </div>
        <button
          type="submit"
          disabled={props.busy || loadingSample}
          className="rounded-md bg-sky-800 px-5 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60 dark:bg-sky-300 dark:text-stone-950 dark:hover:bg-sky-200"
        >
          {props.busy ? strings.translating : strings.translate}
        </button>
      </div>
      {props.error && (
        <p
          id={ids.error}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {props.error}
        </p>
      )}
    </form>
  );
}
