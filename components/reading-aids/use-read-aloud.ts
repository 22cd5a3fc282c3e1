"use client";

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import {
  pickVoice,
  speechItems,
  type SpeakableParagraph,
  type SpeechItem,
  type SpeechLanguage,
} from "@/lib/speech/read-aloud-plan";

export type ReadAloudStatus = "idle" | "speaking" | "paused";

/** What came of a request to read: started, or why not (the caller explains it). */
export type ReadAloudStart = "started" | "no-voice" | "unsupported";

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** False when the browser has no speechSynthesis at all. */
  supported: boolean;
  /** Whether a voice for the chosen language exists (null until the voices are known). */
  hasVoice: boolean | null;
  current: SpeechItem | null;
  /** Set when speech failed for a reason other than being stopped. */
  error: string | null;
}

const SPEAKING_ATTRIBUTE = "data-speaking";

function speechSynthesisOf(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window
    ? window.speechSynthesis
    : null;
}

const noSubscription = () => () => undefined;

function subscribeVoices(listener: () => void): () => void {
  const synthesis = speechSynthesisOf();
  // Chrome fills the list a moment after the page loads, and says so with voiceschanged.
  synthesis?.addEventListener?.("voiceschanged", listener);
  return () => synthesis?.removeEventListener?.("voiceschanged", listener);
}

function voicesSignature(): string | null {
  const synthesis = speechSynthesisOf();
  if (synthesis === null) return null;
  return synthesis
    .getVoices()
    .map((voice) => `${voice.lang}\u0000${voice.name}`)
    .join("\u0001");
}

/** Marks the spoken sentence (and its romanised line) in the row, and brings it into view. */
function markSpoken(item: SpeechItem | null, language: SpeechLanguage) {
  for (const element of document.querySelectorAll(`[${SPEAKING_ATTRIBUTE}]`))
    element.removeAttribute(SPEAKING_ATTRIBUTE);
  if (item === null) return;
  const text = document.querySelector(`#p-${item.paragraph} p[lang="${language}"]`);
  if (!text) return;
  const sentences =
    item.sentence === null
      ? []
      : Array.from(
          text.querySelectorAll(
            `[data-sentence="${item.sentence}"], [data-romanized-sentence="${item.sentence}"]`,
          ),
        );
  // A row far from the screen is plain text until it comes near (reader/row-presence.ts): its
  // whole paragraph is marked and brought into view, and its next sentence is marked as usual.
  const marked = sentences.length > 0 ? sentences : [text];
  for (const element of marked) element.setAttribute(SPEAKING_ATTRIBUTE, "true");
  // Centred: the reader's sticky toolbar covers the top of the screen.
  marked[0]?.scrollIntoView?.({ block: "center", behavior: "smooth" });
}

/**
 * Reads paragraphs aloud with the browser's speech synthesis, one utterance per sentence so
 * the spoken sentence can be highlighted and followed. The highlight is set on the DOM, not in
 * React state, so speaking re-renders no row. `stopKey` changing (another view, another
 * language) stops speech; so does leaving the page.
 */
export function useReadAloud({
  language,
  rate,
  paragraphs,
  stopKey,
}: {
  language: SpeechLanguage;
  rate: number;
  /** The paragraphs in the language being read, looked up when reading starts. */
  paragraphs: () => readonly SpeakableParagraph[];
  stopKey: string;
}) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => speechSynthesisOf() !== null,
    () => true,
  );
  // The voices' names as the snapshot: getVoices() returns a new array on every call.
  const voiceList = useSyncExternalStore(subscribeVoices, voicesSignature, () => null);
  const voices = useMemo(
    () => (voiceList === null ? null : (speechSynthesisOf()?.getVoices() ?? [])),
    [voiceList],
  );
  const [status, setStatus] = useState<ReadAloudStatus>("idle");
  const [current, setCurrent] = useState<SpeechItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each start or stop makes a new run: events of an utterance from an older run are ignored
  // (cancel() fires onend or onerror on the utterance it interrupts).
  const run = useRef(0);
  const settings = useRef({ language, rate });
  useLayoutEffect(() => {
    settings.current = { language, rate };
  });

  const stop = useCallback(() => {
    run.current += 1;
    speechSynthesisOf()?.cancel();
    markSpoken(null, settings.current.language);
    setStatus("idle");
    setCurrent(null);
  }, []);

  const voice = voices === null ? null : pickVoice(voices, language);
  // Until the browser has listed its voices, whether one exists is not known yet.
  const hasVoice = !supported ? false : voices === null ? null : voice !== null;

  const read = useCallback(
    (paragraph: number, toEnd: boolean): ReadAloudStart => {
      const synthesis = speechSynthesisOf();
      if (synthesis === null) return "unsupported";
      const { language: spokenLanguage } = settings.current;
      const chosen = pickVoice(synthesis.getVoices(), spokenLanguage);
      run.current += 1;
      const thisRun = run.current;
      synthesis.cancel();
      setError(null);
      if (chosen === null) {
        markSpoken(null, spokenLanguage);
        setStatus("idle");
        setCurrent(null);
        return "no-voice";
      }
      const all = paragraphs();
      const queue = speechItems(all, paragraph, toEnd ? all.length - 1 : paragraph);
      const speakNext = (position: number) => {
        if (run.current !== thisRun) return;
        const item = queue[position];
        if (item === undefined) {
          markSpoken(null, spokenLanguage);
          setStatus("idle");
          setCurrent(null);
          return;
        }
        const utterance = new SpeechSynthesisUtterance(item.text);
        utterance.lang = chosen.lang.replace(/_/g, "-");
        utterance.voice = chosen;
        utterance.rate = settings.current.rate;
        utterance.onend = () => speakNext(position + 1);
        utterance.onerror = (event) => {
          if (run.current !== thisRun) return;
          if (event.error === "interrupted" || event.error === "canceled") return;
          run.current += 1;
          markSpoken(null, spokenLanguage);
          setStatus("idle");
          setCurrent(null);
          setError(event.error);
        };
        markSpoken(item, spokenLanguage);
        setCurrent(item);
        synthesis.speak(utterance);
      };
      setStatus("speaking");
      speakNext(0);
      return "started";
    },
    [paragraphs],
  );

  const pause = useCallback(() => {
    speechSynthesisOf()?.pause();
    setStatus((value) => (value === "speaking" ? "paused" : value));
  }, []);
  const resume = useCallback(() => {
    speechSynthesisOf()?.resume();
    setStatus((value) => (value === "paused" ? "speaking" : value));
  }, []);

  // Another view or reading language: what was being read is no longer on screen as it was.
  useEffect(() => stop, [stopKey, language, stop]);

  // One object while nothing changes, so the controls built from it stay the same object too.
  const state = useMemo<ReadAloudState>(
    () => ({ status, supported, hasVoice, current, error }),
    [status, supported, hasVoice, current, error],
  );
  return { state, read, pause, resume, stop };
}
