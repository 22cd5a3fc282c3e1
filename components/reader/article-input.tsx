"use client";

import { useId, useState } from "react";
import { EnginePicker } from "@/components/engines/engine-picker";
import type { ApiEngine } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";

export type Direction = "auto" | "hi-en" | "en-hi";

interface ArticleInputProps {
  text: string;
  onTextChange: (text: string) => void;
  direction: Direction;
  onDirectionChange: (direction: Direction) => void;
  detected: "hi" | "en" | null;
  engine: string;
  onEngineChange: (engine: string) => void;
  engines: ApiEngine[] | undefined;
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

export function ArticleInput(props: ArticleInputProps) {
  const { t, i18n } = useT();
  const locale = i18n.language === "hi" ? "hi-IN" : "en-IN";
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
      ? t("input.directionHiEn")
      : props.detected === "en"
        ? t("input.directionEnHi")
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
            {t("input.label")}
          </label>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => loadSample("hi")}
              className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {t("input.trySample")}
            </button>
            <button
              type="button"
              onClick={() => loadSample("en")}
              className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {t("input.tryEnglishSample")}
            </button>
          </div>
        </div>
        <textarea
          id={ids.text}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (!loadingSample) props.onSubmit();
            }
          }}
          placeholder={t("input.placeholder")}
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
            {t("input.counter", {
              characters: props.counts.characters.toLocaleString(locale),
              limit: props.articleLimit.toLocaleString(locale),
              paragraphs: props.counts.paragraphs.toLocaleString(locale),
            })}
          </span>
          {/* Phones have no Ctrl key to speak of. */}
          <span className="hidden md:inline">{t("input.shortcutHint")}</span>
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={ids.direction} className="block text-sm font-medium">
            {t("input.direction")}
          </label>
          <select
            id={ids.direction}
            value={props.direction}
            onChange={(event) => props.onDirectionChange(event.target.value as Direction)}
            className="mt-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
          >
            <option value="auto">{t("input.directionAuto")}</option>
            <option value="hi-en">{t("input.directionHiEn")}</option>
            <option value="en-hi">{t("input.directionEnHi")}</option>
          </select>
          {props.direction === "auto" && detectedLabel && (
            <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
              {t("input.detected", { direction: detectedLabel })}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={ids.engine} className="block text-sm font-medium">
            {t("input.engine")}
          </label>
          <EnginePicker
            id={ids.engine}
            value={props.engine}
            engines={props.engines}
            onChange={props.onEngineChange}
          />
        </div>
        <button
          type="submit"
          disabled={props.busy || loadingSample}
          className="rounded-md bg-sky-800 px-5 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60 dark:bg-sky-300 dark:text-stone-950 dark:hover:bg-sky-200"
        >
          {props.busy ? t("input.translating") : t("input.translate")}
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
