import { checkFacts } from "@/lib/fact-check/fact-check";
import { entriesFor, type GlossaryEntry } from "@/lib/glossary/glossary";
import { protectTerms, restoreTerms, type ProtectedText } from "@/lib/glossary/placeholders";
import { alignSentences } from "./align";
import {
  translateDocument,
  type CorrectionLookup,
  type ParagraphTranslation,
  type TranslateDocumentOptions,
} from "./orchestrator";

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
  const withFacts = (result: ParagraphTranslation): ParagraphTranslation =>
    result.translation === null
      ? result
      : {
          ...result,
          factIssues: checkFacts({
            source: result.source,
            translation: result.translation,
            sourceLanguage: source,
            targetLanguage: target,
            glossary,
          }),
        };

  if (glossary.length === 0) {
    // Each paragraph is checked once, as it arrives; the document's result reuses that check
    // rather than checking all of them again before the stream can end.
    const checked: ParagraphTranslation[] = [];
    return (
      await translateDocument({
        ...options,
        onParagraph: (result) => {
          const withIssues = withFacts(result);
          checked[result.index] = withIssues;
          options.onParagraph?.(withIssues);
        },
      })
    ).map((result) => {
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

  const first = await translateDocument({
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
