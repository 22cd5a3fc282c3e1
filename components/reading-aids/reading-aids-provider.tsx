"use client";

import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ApiParagraph, ApiWordLookup } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import type { SpeakableParagraph, SpeechLanguage } from "@/lib/speech/read-aloud-plan";
import type { LanguageCode } from "@/lib/text/language";
import { LookupLayer } from "./lookup-layer";
import {
  PhoneFoldContext,
  ReadAloudContext,
  RomanizationContext,
  type PhoneFold,
  type ReadAloudActions,
} from "./reading-aids-context";
import { useRomanizationPreference } from "./romanization-preference";
import { useReadAloud } from "./use-read-aloud";

export interface ReadAloudControls extends ReturnType<typeof useReadAloud> {
  language: SpeechLanguage;
  setLanguage: (language: SpeechLanguage) => void;
  rate: number;
  setRate: (rate: number) => void;
  source: LanguageCode;
  target: LanguageCode;
}

const ReadAloudControlsContext = createContext<ReadAloudControls | null>(null);

/** The read-aloud state and controls, for the reading-aids bar. */
export const useReadAloudControls = () => useContext(ReadAloudControlsContext);

/**
 * The reader's reading aids around its rows: word lookup, the romanised line and read aloud.
 * The rows take what they need from contexts whose values rarely change, so a speaking
 * sentence or an open popover re-renders the bar and the popover, not the article.
 */
export function ReadingAidsProvider({
  children,
  source,
  target,
  sourceTexts,
  paragraphs,
  stopKey,
  lookupActions,
}: {
  children: React.ReactNode;
  source: LanguageCode;
  target: LanguageCode;
  /** The article's paragraphs, known before any translation arrives. */
  sourceTexts: readonly string[];
  paragraphs: readonly (ApiParagraph | undefined)[] | undefined;
  /** Changes when the view changes; read aloud stops then. */
  stopKey: string;
  /** Extra actions for the word popover (the glossary's "add"). */
  lookupActions?: (entry: ApiWordLookup) => React.ReactNode;
}) {
  const { i18n } = useT();
  const preference = useRomanizationPreference();
  const [language, setLanguage] = useState<SpeechLanguage>(source);
  const [rate, setRate] = useState(1);
  const [foldOpen, setFoldOpen] = useState(false);
  const fold = useMemo<PhoneFold>(() => ({ open: foldOpen, setOpen: setFoldOpen }), [foldOpen]);
  const latest = useRef({ sourceTexts, paragraphs, source });
  useLayoutEffect(() => {
    latest.current = { sourceTexts, paragraphs, source };
  });
  const speakable = useCallback((): SpeakableParagraph[] => {
    const { sourceTexts: texts, paragraphs: rows, source: from } = latest.current;
    return texts.map((text, index) => {
      const row = rows?.[index];
      const alignments = row?.sentences ?? [];
      return language === from
        ? { text: row?.source ?? text, sentences: alignments.map((pair) => pair.source) }
        : {
            text: typeof row?.translation === "string" ? row.translation : null,
            sentences: alignments.map((pair) => pair.target),
          };
    });
  }, [language]);
  const speech = useReadAloud({
    language,
    rate,
    paragraphs: speakable,
    stopKey: `${stopKey}|${i18n.language}`,
  });
  const { state, read, pause, resume, stop } = speech;
  const actions = useMemo<ReadAloudActions>(() => ({ read }), [read]);
  // Memoised: a new object on every render of the reader made React look through the whole
  // reader for this context's readers (about 8 ms with 500 rows) each time rows arrived.
  const controls = useMemo<ReadAloudControls>(
    () => ({
      state,
      read,
      pause,
      resume,
      stop,
      language,
      setLanguage,
      rate,
      setRate,
      source,
      target,
    }),
    [state, read, pause, resume, stop, language, rate, source, target],
  );
  return (
    <RomanizationContext.Provider value={preference.on ? preference.scheme : null}>
      <ReadAloudContext.Provider value={actions}>
        <ReadAloudControlsContext.Provider value={controls}>
          <PhoneFoldContext.Provider value={fold}>
            <LookupLayer actions={lookupActions}>{children}</LookupLayer>
          </PhoneFoldContext.Provider>
        </ReadAloudControlsContext.Provider>
      </ReadAloudContext.Provider>
    </RomanizationContext.Provider>
  );
}
