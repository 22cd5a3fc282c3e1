import { compareFacts, readSourceFacts, type SourceFacts } from "@/lib/fact-check/fact-check";
import { entriesFor, type GlossaryEntry } from "@/lib/glossary/glossary";
import { protectTerms, restoreTerms, type ProtectedText } from "@/lib/glossary/placeholders";
import { alignSentences } from "./align";
import {
  translateDocument,
  type CorrectionLookup,
  type ParagraphTranslation,
  type TranslateDocumentOptions,
  priorityFirst,
} from "./orchestrator";
import { nextTask } from "@/lib/next-task";

/** Paragraphs whose source facts are read in one task ahead of the engine's answers. */
const READ_AHEAD_PER_TASK = 4;

/*
 * The orchestrator with the two checks every engine gets: the glossary's terms protected before
 * the engine sees the text and restored after it, and the fact check of every rendering. It
 * wraps `translateDocument` rather than living inside it, so the orchestrator's cache, retries
 * and fallback stay as they are: the cache keeps the engine's output for the protected text, and
 * the same text with another glossary rendering reuses it.
 */

export interface CheckedTranslateOptions extends TranslateDocumentOptions {
  /** Fixed renderings (operator's and reader's, the reader's last); entries of other directions are ignored. */
  glossary?: readonly GlossaryEntry[];
}

/** Translates like `translateDocument`, applying the glossary and adding `factIssues`. */
export async function translateChecked(
  options: CheckedTranslateOptions,
): Promise<ParagraphTranslation[]> {
  const { source, target } = options;
  const glossary = entriesFor(options.glossary ?? [], source);
  // Each paragraph's source facts, read ahead while the engine works (see readAhead below) or
  // on demand when a translation arrives first; keyed by index, checked against the text.
  const sourceFacts: ({ text: string; facts: SourceFacts } | undefined)[] = [];
  const factsOf = (index: number, text: string): SourceFacts => {
    const known = sourceFacts[index];
    if (known !== undefined && known.text === text) return known.facts;
    const facts = readSourceFacts(text, { sourceLanguage: source, glossary });
    sourceFacts[index] = { text, facts };
    return facts;
  };
  const withFacts = (result: ParagraphTranslation): ParagraphTranslation =>
    result.translation === null
      ? result
      : {
          ...result,
          factIssues: compareFacts(factsOf(result.index, result.source), result.translation),
        };
  /**
   * Reads the source facts of the paragraphs the engine is asked for, in that order, a few per
   * task once the document's translation has started: the engine's first request is not held
   * up, and when answers arrive only the comparison with the translation is left to do.
   */
  const readAhead = (texts: readonly string[], running: Promise<unknown>) => {
    const order = priorityFirst(
      texts.map((_, index) => index),
      options.priority,
    );
    let done = false;
    void running.then(
      () => (done = true),
      () => (done = true),
    );
    let position = 0;
    const step = () => {
      if (done || options.abortSignal?.aborted) return;
      for (const end = position + READ_AHEAD_PER_TASK; position < end; position += 1) {
        const index = order[position];
        if (index === undefined) return;
        factsOf(index, texts[index] ?? "");
      }
      void nextTask().then(step);
    };
    void nextTask().then(step);
  };

  if (glossary.length === 0) {
    // Each paragraph is checked once, as it arrives; the document's result reuses that check
    // rather than checking all of them again before the stream can end.
    const checked: ParagraphTranslation[] = [];
    const running = translateDocument({
      ...options,
      onParagraph: (result) => {
        const withIssues = withFacts(result);
        checked[result.index] = withIssues;
        options.onParagraph?.(withIssues);
      },
    });
    readAhead(options.paragraphs, running);
    return (await running).map((result) => {
      const seen = checked[result.index];
      return seen !== undefined && seen.translation === result.translation
        ? seen
        : withFacts(result);
    });
  }

  const originals = options.paragraphs;
  const guarded: ProtectedText[] = originals.map((text) => protectTerms(text, glossary));
  const byProtected = new Map(guarded.map((entry, index) => [entry.text, originals[index] ?? ""]));
  // Corrections are stored under the text as written: look them up by the original.
  const corrections: CorrectionLookup | undefined = options.corrections
    ? async (texts, from, to) => {
        const found = await options.corrections?.(
          texts.map((text) => byProtected.get(text) ?? text),
          from,
          to,
        );
        const mapped: Awaited<ReturnType<CorrectionLookup>> = new Map();
        for (const [index, entry] of guarded.entries()) {
          const hit = found?.get(originals[index] ?? "");
          if (hit !== undefined) mapped.set(entry.text, hit);
        }
        return mapped;
      }
    : undefined;

  const results: ParagraphTranslation[] = [];
  const unguarded: number[] = [];
  const restore = (result: ParagraphTranslation): ParagraphTranslation | undefined => {
    const original = originals[result.index] ?? result.source;
    const slots = guarded[result.index]?.slots ?? [];
    if (result.translation === null || result.revision !== undefined || slots.length === 0)
      return { ...result, source: original };
    const restored = restoreTerms(result.translation, slots);
    // A placeholder the engine lost cannot be put back: that paragraph is translated again
    // without the glossary (the fact check then names the term it could not keep).
    if (restored.missing.length > 0) return undefined;
    return {
      ...result,
      source: original,
      translation: restored.text,
      sentences: alignSentences(original, restored.text, source, target),
    };
  };

  const running = translateDocument({
    ...options,
    paragraphs: guarded.map((entry) => entry.text),
    ...(corrections ? { corrections } : {}),
    onParagraph: (result) => {
      const restored = restore(result);
      if (restored === undefined) {
        unguarded.push(result.index);
        return;
      }
      const checked = withFacts(restored);
      results[result.index] = checked;
      options.onParagraph?.(checked);
    },
  });
  // The facts are read from the text as written, which is what `restore` puts back as source.
  readAhead(originals, running);
  const first = await running;
  if (unguarded.length > 0) {
    const retry = unguarded.sort((a, b) => a - b);
    await translateDocument({
      ...options,
      paragraphs: retry.map((index) => originals[index] ?? ""),
      corrections: undefined,
      // Its indices are the retry's own: the reader's screen no longer maps onto them.
      priority: undefined,
      onParagraph: (result) => {
        const index = retry[result.index] ?? result.index;
        const checked = withFacts({ ...result, index });
        results[index] = checked;
        options.onParagraph?.(checked);
      },
    });
  }
  return first.map((result, index) => results[index] ?? withFacts(restore(result) ?? result));
}
