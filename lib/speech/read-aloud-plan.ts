/**
 * What read-aloud says and with which voice, kept apart from the browser's speech API so it can
 * be tested as plain data. The hook (components/reading-aids/use-read-aloud.ts) speaks the plan.
 */

export type SpeechLanguage = "hi" | "en";

/** The part of SpeechSynthesisVoice this module reads. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

// English as Indian news readers most likely want it first, then the other common accents.
const PREFERRED: Record<SpeechLanguage, string[]> = {
  hi: ["hi-in"],
  en: ["en-in", "en-gb", "en-us"],
};

const normalizeTag = (lang: string) => lang.replace(/_/g, "-").toLowerCase();

/**
 * The voice to read a language with: the first preferred region that exists (hi-IN; en-IN,
 * en-GB, en-US), else any voice of the language, else null (the caller explains there is none).
 * Among equals a local voice wins, as it works offline and starts at once.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: SpeechLanguage,
): V | null {
  const ranked = [...voices].sort(
    (a, b) => Number(b.localService ?? false) - Number(a.localService ?? false),
  );
  for (const tag of PREFERRED[language]) {
    const voice = ranked.find((candidate) => normalizeTag(candidate.lang) === tag);
    if (voice) return voice;
  }
  return (
    ranked.find((candidate) => normalizeTag(candidate.lang).split("-")[0] === language) ?? null
  );
}

/** One paragraph as read-aloud sees it: its text and its sentences' offsets (may be empty). */
export interface SpeakableParagraph {
  text: string | null;
  sentences: readonly (readonly [number, number])[];
}

/** One utterance: a sentence (or a whole paragraph without sentence offsets). */
export interface SpeechItem {
  paragraph: number;
  /** The sentence's index in the paragraph's alignment, or null for the whole paragraph. */
  sentence: number | null;
  text: string;
}

/**
 * The utterances for paragraphs `from` to `to` (inclusive), one per sentence so each can be
 * highlighted as it is spoken and speech can stop between sentences. Paragraphs without text
 * (not translated yet) and blank sentences are skipped.
 */
export function speechItems(
  paragraphs: readonly SpeakableParagraph[],
  from: number,
  to: number,
): SpeechItem[] {
  const items: SpeechItem[] = [];
  for (let index = Math.max(0, from); index <= Math.min(to, paragraphs.length - 1); index += 1) {
    const paragraph = paragraphs[index];
    const text = paragraph?.text;
    if (!paragraph || typeof text !== "string" || text.trim() === "") continue;
    const ranges = paragraph.sentences.filter(
      ([start, end]) => start >= 0 && end <= text.length && start < end,
    );
    if (ranges.length === 0) {
      items.push({ paragraph: index, sentence: null, text: text.trim() });
      continue;
    }
    paragraph.sentences.forEach(([start, end], sentence) => {
      if (!(start >= 0 && end <= text.length && start < end)) return;
      const spoken = text.slice(start, end).trim();
      if (spoken !== "") items.push({ paragraph: index, sentence, text: spoken });
    });
  }
  return items;
}

export const SPEECH_RATES = [0.75, 1, 1.25, 1.5] as const;
