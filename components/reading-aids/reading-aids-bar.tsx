"use client";

import { useEffect, useId, useRef } from "react";
import { useT } from "@/lib/i18n/client";
import { SPEECH_RATES, type SpeechLanguage } from "@/lib/speech/read-aloud-plan";
import {
  ROMANIZATION_SCHEMES,
  type RomanizationScheme,
} from "@/lib/transliteration/hindi-romanization";
import { foldedOnPhones, usePhoneFold } from "./reading-aids-context";
import { setRomanizationPreference, useRomanizationPreference } from "./romanization-preference";
import { useReadAloudControls } from "./reading-aids-provider";

const BUTTON =
  "rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-600 dark:hover:bg-stone-800";
const SELECT =
  "rounded-md border border-stone-300 bg-white px-1.5 py-1 text-sm dark:border-stone-600 dark:bg-stone-900";

/**
 * The romanised line's switch and scheme, and the read-aloud controls, under the toolbar. On a
 * phone they fold behind one button (with the document's share and export buttons), because
 * unfolded they take a quarter of the screen above the first paragraph.
 */
export function ReadingAidsBar() {
  const { t } = useT();
  const preference = useRomanizationPreference();
  const speech = useReadAloudControls();
  const fold = usePhoneFold();
  const toggle = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const readButton = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  // Starting and stopping swap the pressed button for another one, so the pressed one unmounts
  // and focus would fall to the page. Set only by the bar's own buttons: reading started from a
  // row's "Read from here" leaves focus on that row.
  const focusAfterSwap = useRef<"pause" | "read" | null>(null);
  const status = speech?.state.status;
  useEffect(() => {
    const wanted = focusAfterSwap.current;
    focusAfterSwap.current = null;
    if (wanted === null) return;
    const active = document.activeElement;
    // Only when focus was lost with the pressed button: never take it from somewhere else.
    if (active !== null && active !== document.body && !bar.current?.contains(active)) return;
    if (wanted === "pause" && status !== "idle") pauseButton.current?.focus();
    if (wanted === "read" && status === "idle") readButton.current?.focus();
  }, [status]);
  // While reading, the controls are fixed over the page's bottom; without room reserved there
  // the last rows' buttons stay under them even scrolled to the end (a phone's controls wrap
  // onto two or three lines). The controls' own height, followed as it wraps, plus their gap.
  const controls = useRef<HTMLDivElement>(null);
  const reading = status !== undefined && status !== "idle";
  useEffect(() => {
    const element = controls.current;
    if (!reading || element === null) return;
    const body = document.body;
    const previous = body.style.paddingBottom;
    const reserve = () => {
      body.style.paddingBottom = `calc(${element.offsetHeight}px + 1.5rem)`;
    };
    reserve();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(reserve);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      body.style.paddingBottom = previous;
    };
  }, [reading]);
  const barId = useId();
  const schemeId = useId();
  const languageId = useId();
  const rateId = useId();
  if (speech === null) return null;
  const { state } = speech;
  const languageName = t(`languages.${speech.language}`);
  let explanation: string | null = null;
  if (!state.supported) explanation = t("readingAids.speechUnsupported");
  else if (state.hasVoice === false)
    explanation = t("readingAids.noVoice", { language: languageName });
  else if (state.error !== null)
    explanation = t("readingAids.speechFailed", { message: state.error });

  const folded = foldedOnPhones(fold);
  return (
    <>
      {fold !== null && (
        // Phones only: wider screens always show the bar, and never this button.
        <button
          ref={toggle}
          type="button"
          aria-expanded={fold.open}
          aria-controls={barId}
          onClick={() => fold.setOpen(!fold.open)}
          className={`${BUTTON} mt-2 md:hidden`}
        >
          {t("readingAids.phoneOptions")} <span aria-hidden="true">{fold.open ? "▴" : "▾"}</span>
        </button>
      )}
      <div
        ref={bar}
        id={barId}
        role="group"
        aria-label={t("readingAids.label")}
        onKeyDown={(event) => {
          // Escape folds the opened bar again on a phone, and focus goes back to its button.
          if (event.key !== "Escape" || fold === null || !fold.open) return;
          if (toggle.current === null || toggle.current.offsetParent === null) return;
          fold.setOpen(false);
          toggle.current.focus();
        }}
        className={`mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm ${folded ? "max-md:mt-0" : ""}`}
      >
        <div className={`flex flex-wrap items-center gap-1.5 ${folded}`}>
          <button
            type="button"
            aria-pressed={preference.on}
            onClick={() => setRomanizationPreference({ ...preference, on: !preference.on })}
            className={`${BUTTON} aria-pressed:border-sky-800 aria-pressed:bg-sky-800 aria-pressed:text-white dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-stone-950`}
          >
            {t("readingAids.romanizedLine")}
          </button>
          <label htmlFor={schemeId} className="text-stone-700 dark:text-stone-300">
            {t("readingAids.scheme")}
          </label>
          <select
            id={schemeId}
            value={preference.scheme}
            onChange={(event) =>
              setRomanizationPreference({
                ...preference,
                scheme: event.target.value as RomanizationScheme,
              })
            }
            className={SELECT}
          >
            {ROMANIZATION_SCHEMES.map((scheme) => (
              <option key={scheme} value={scheme}>
                {t(`readingAids.schemes.${scheme}`)}
              </option>
            ))}
          </select>
        </div>
        <div
          ref={controls}
          // While reading, the controls stay on screen at the bottom: the bar scrolls away with
          // the article that is being followed.
          className={
            state.status === "idle"
              ? `flex flex-wrap items-center gap-1.5 ${folded}`
              : "fixed inset-x-0 bottom-3 z-40 mx-auto flex w-fit max-w-[calc(100vw-1rem)] flex-wrap items-center gap-1.5 rounded-lg border border-stone-300 bg-white/95 p-2 shadow-lg dark:border-stone-600 dark:bg-stone-900/95"
          }
        >
          <label htmlFor={languageId} className="text-stone-700 dark:text-stone-300">
            {t("readingAids.readIn")}
          </label>
          <select
            id={languageId}
            value={speech.language}
            onChange={(event) => speech.setLanguage(event.target.value as SpeechLanguage)}
            className={SELECT}
          >
            {[speech.source, speech.target].map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
          {state.status === "idle" ? (
            <button
              ref={readButton}
              type="button"
              onClick={() => {
                focusAfterSwap.current = "pause";
                speech.read(0, true);
              }}
              disabled={!state.supported || state.hasVoice === false}
              className={BUTTON}
            >
              {t("readingAids.readArticle")}
            </button>
          ) : (
            <>
              {state.status === "paused" ? (
                // Pause and Resume are the same element to React, so focus stays on it.
                <button ref={pauseButton} type="button" onClick={speech.resume} className={BUTTON}>
                  {t("readingAids.resume")}
                </button>
              ) : (
                <button ref={pauseButton} type="button" onClick={speech.pause} className={BUTTON}>
                  {t("readingAids.pause")}
                </button>
              )}
              <button
                type="button"
                onClick={() => {
                  focusAfterSwap.current = "read";
                  speech.stop();
                }}
                className={BUTTON}
              >
                {t("readingAids.stop")}
              </button>
            </>
          )}
          <label htmlFor={rateId} className="text-stone-700 dark:text-stone-300">
            {t("readingAids.speed")}
          </label>
          <select
            id={rateId}
            value={speech.rate}
            onChange={(event) => speech.setRate(Number(event.target.value))}
            className={SELECT}
          >
            {SPEECH_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {t("readingAids.rate", { rate })}
              </option>
            ))}
          </select>
          <p
            role="status"
            className={`${state.status === "idle" ? "basis-full" : ""} text-stone-700 empty:hidden dark:text-stone-300`}
          >
            {explanation ??
              (state.current !== null
                ? t(state.status === "paused" ? "readingAids.paused" : "readingAids.reading", {
                    number: state.current.paragraph + 1,
                  })
                : "")}
          </p>
        </div>
      </div>
    </>
  );
}
