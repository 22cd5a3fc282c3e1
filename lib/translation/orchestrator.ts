import { hasTranslatableContent } from "@/lib/text/normalize";
import { segmentSentences } from "@/lib/text/sentences";
import { alignSentences } from "./align";
import { translationCacheKey } from "@/lib/text/keys";
import type { TranslationCache } from "./cache";
import type { LanguageCode, SentenceAlignment, TranslationEngine } from "./engine-spec";
import {
  SegmentCountMismatchError,
  TranslationAbortedError,
  TranslationError,
  TranslationTimeoutError,
  UnsupportedLanguagePairError,
  toTranslationError,
  type TranslationErrorCode,
} from "./errors";

/** The outcome for one paragraph, emitted as soon as it is known. */
export interface ParagraphTranslation {
  /** Position of the paragraph in the document, 0-based. */
  index: number;
  /** The (normalised) source paragraph. */
  source: string;
  /** The rendering, or null when the paragraph failed. */
  translation: string | null;
  /** Full id (`engine:model`) of the engine whose output this is. */
  engine: string;
  /** True when the text came from the cache rather than an engine call. */
  cached: boolean;
  /** True when the fallback engine produced it because the requested engine failed. */
  fallback: boolean;
  /** Sentence pairs as offsets into `source` and `translation`. */
  sentences: SentenceAlignment[];
  /** Present when the paragraph could not be translated; the rest of the document still is. */
  error?: { code: TranslationErrorCode; message: string };
  /** Present when the text is a person's correction from the translation memory. */
  revision?: RevisionInfo;
}

/** Who corrected a paragraph, and where, as far as the app knows. */
export interface RevisionInfo {
  /** The revision's id, increasing over time. */
  id: number;
  /** Name the editor gave, if any. */
  author: string | null;
  /** ISO 8601 time the correction was saved. */
  createdAt: string;
  /** Document the correction was made in, if any. */
  documentId: string | null;
}

/**
 * Human corrections by source paragraph: texts in, the current correction of each text that has
 * one out. Consulted before the cache and the engine, so a correction wins over any engine.
 */
export type CorrectionLookup = (
  texts: readonly string[],
  source: LanguageCode,
  target: LanguageCode,
) => Promise<Map<string, { translation: string; revision: RevisionInfo }>>;

export interface TranslateDocumentOptions {
  engine: TranslationEngine;
  /** Normalised paragraphs; each yields exactly one result at the same index. */
  paragraphs: readonly string[];
  source: LanguageCode;
  target: LanguageCode;
  cache?: TranslationCache;
  /** Human corrections, used before the cache and the engine; a failing lookup is skipped. */
  corrections?: CorrectionLookup;
  /** Engine used for paragraphs the primary engine could not translate. */
  fallback?: TranslationEngine;
  /** Requests in flight at once; defaults to the engine's own limit. */
  concurrency?: number;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Retries of a retryable failure, after the first attempt. Default 3. */
  maxRetries?: number;
  /** First backoff delay; doubles each retry. Default 250 ms. */
  retryBaseDelayMs?: number;
  /** Ceiling of one backoff delay, also applied to Retry-After. Default 8 s. */
  maxRetryDelayMs?: number;
  abortSignal?: AbortSignal;
  /** Called once per paragraph, in completion order. */
  onParagraph?: (result: ParagraphTranslation) => void;
  /** Source of jitter, replaceable for deterministic tests. */
  random?: () => number;
}

interface Segment {
  paragraph: number;
  text: string;
}

interface Batch {
  segments: Segment[];
}

const engineKey = (engine: TranslationEngine) => `${engine.engineId}:${engine.modelId}`;

/**
 * Cuts a paragraph longer than an engine's request limit into pieces at sentence boundaries
 * (or, for a single over-long sentence, at spaces, and as a last resort anywhere), so that
 * every piece fits. The pieces are translated separately and joined back into one paragraph.
 */
export function splitForLimit(
  text: string,
  language: LanguageCode,
  maxCharacters: number,
): string[] {
  if (text.length <= maxCharacters) return [text];
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current !== "") pieces.push(current);
    current = "";
  };
  const addUnit = (unit: string, separator: string) => {
    if (current === "") current = unit;
    else if (current.length + separator.length + unit.length <= maxCharacters)
      current += separator + unit;
    else {
      flush();
      current = unit;
    }
  };
  for (const sentence of segmentSentences(text, language)) {
    if (sentence.text.length <= maxCharacters) {
      addUnit(sentence.text, " ");
      continue;
    }
    for (const word of sentence.text.split(" ")) {
      if (word.length <= maxCharacters) {
        addUnit(word, " ");
        continue;
      }
      flush();
      for (let offset = 0; offset < word.length; offset += maxCharacters) {
        pieces.push(word.slice(offset, offset + maxCharacters));
      }
    }
  }
  flush();
  return pieces;
}

function packBatches(segments: Segment[], maxSegments: number, maxCharacters: number): Batch[] {
  const batches: Batch[] = [];
  let current: Segment[] = [];
  let characters = 0;
  for (const segment of segments) {
    if (
      current.length > 0 &&
      (current.length >= maxSegments || characters + segment.text.length > maxCharacters)
    ) {
      batches.push({ segments: current });
      current = [];
      characters = 0;
    }
    current.push(segment);
    characters += segment.text.length;
  }
  if (current.length > 0) batches.push({ segments: current });
  return batches;
}

function abortableSleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TranslationAbortedError());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TranslationAbortedError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs one engine call with a timeout. The race matters: an engine that ignores its abort
 * signal must still not hold the document hostage.
 */
async function callWithTimeout(
  engine: TranslationEngine,
  texts: string[],
  source: LanguageCode,
  target: LanguageCode,
  timeoutMs: number,
  outerSignal: AbortSignal | undefined,
) {
  if (outerSignal?.aborted) throw new TranslationAbortedError();
  const controller = new AbortController();
  const forwardAbort = () => controller.abort();
  outerSignal?.addEventListener("abort", forwardAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      engine.doTranslate({ segments: texts, source, target, abortSignal: controller.signal }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new TranslationTimeoutError(timeoutMs));
        }, timeoutMs);
      }),
      new Promise<never>((_, reject) => {
        if (outerSignal === undefined) return;
        outerSignal.addEventListener("abort", () => reject(new TranslationAbortedError()), {
          once: true,
        });
      }),
    ]);
  } catch (error) {
    if (outerSignal?.aborted) throw new TranslationAbortedError();
    throw toTranslationError(error);
  } finally {
    clearTimeout(timer);
    outerSignal?.removeEventListener("abort", forwardAbort);
  }
}

/**
 * Translates a document paragraph by paragraph through one engine.
 *
 * Paragraphs are packed into as few requests as the engine's limits allow and sent with
 * bounded concurrency. Each request must return one output per input; a batch that does not
 * is retried paragraph by paragraph. Retryable failures back off exponentially with jitter,
 * honouring Retry-After. A paragraph that still fails is handed to the fallback engine when
 * there is one, and otherwise carries its error, while every other paragraph still arrives.
 *
 * Resolves with one result per paragraph in document order; rejects only when aborted or
 * when the engine cannot translate the direction at all.
 */
export async function translateDocument(
  options: TranslateDocumentOptions,
): Promise<ParagraphTranslation[]> {
  const { engine, paragraphs, source, target, cache, fallback, abortSignal } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRetries = options.maxRetries ?? 3;
  const baseDelay = options.retryBaseDelayMs ?? 250;
  const maxDelay = options.maxRetryDelayMs ?? 8_000;
  const random = options.random ?? Math.random;

  if (!engine.languagePairs.some((pair) => pair.source === source && pair.target === target)) {
    throw new UnsupportedLanguagePairError(engineKey(engine), source, target);
  }
  if (abortSignal?.aborted) throw new TranslationAbortedError();

  const results: (ParagraphTranslation | undefined)[] = new Array(paragraphs.length).fill(
    undefined,
  );
  const emit = (result: ParagraphTranslation) => {
    results[result.index] = result;
    options.onParagraph?.(result);
  };
  const cacheKeyFor = (text: string, producer: TranslationEngine) =>
    translationCacheKey({
      engineId: producer.engineId,
      modelId: producer.modelId,
      source,
      target,
      text,
    });

  const translatable = paragraphs.filter((text) => hasTranslatableContent(text));
  // The slower tiers answer once for the whole document before any paragraph is looked up;
  // when they fail the engine still translates, so a database outage never stops reading.
  const [remembered] = await Promise.all([
    options.corrections && translatable.length > 0
      ? options.corrections(translatable, source, target).catch(() => undefined)
      : undefined,
    cache?.prefetch?.(translatable.map((text) => cacheKeyFor(text, engine))).catch(() => undefined),
  ]);
  if (abortSignal?.aborted) throw new TranslationAbortedError();

  const pending: number[] = [];
  paragraphs.forEach((text, index) => {
    if (!hasTranslatableContent(text)) {
      // Punctuation, symbols or nothing at all: the rendering is the text itself.
      emit({
        index,
        source: text,
        translation: text,
        engine: engineKey(engine),
        cached: false,
        fallback: false,
        sentences: [],
      });
      return;
    }
    const correction = remembered?.get(text);
    if (correction !== undefined) {
      emit({
        index,
        source: text,
        translation: correction.translation,
        engine: "memory",
        cached: true,
        fallback: false,
        sentences: alignSentences(text, correction.translation, source, target),
        revision: correction.revision,
      });
      return;
    }
    const hit = cache?.get(cacheKeyFor(text, engine));
    if (hit !== undefined) {
      emit({
        index,
        source: text,
        translation: hit.translation,
        engine: hit.engine,
        cached: true,
        fallback: false,
        sentences: hit.sentences,
      });
      return;
    }
    pending.push(index);
  });

  const withRetries = async <T>(operation: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await operation();
      } catch (caught) {
        const error = toTranslationError(caught);
        if (error.code === "aborted" || !error.isRetryable || attempt >= maxRetries) throw error;
        const backoff = Math.min(maxDelay, baseDelay * 2 ** attempt) * (0.5 + random() * 0.5);
        const delay =
          error.retryAfterMs !== undefined ? Math.min(maxDelay, error.retryAfterMs) : backoff;
        await abortableSleep(delay, abortSignal);
      }
    }
  };

  const translateTexts = async (producer: TranslationEngine, texts: string[]) => {
    const response = await callWithTimeout(producer, texts, source, target, timeoutMs, abortSignal);
    if (!Array.isArray(response.translations) || response.translations.length !== texts.length) {
      throw new SegmentCountMismatchError(texts.length, response.translations?.length ?? 0);
    }
    if (response.translations.some((translation) => typeof translation !== "string")) {
      throw new TranslationError("invalid_response", {
        message: "The engine returned a non-text translation.",
        isRetryable: true,
      });
    }
    return response;
  };

  // Translates a batch, or answers null on a count mismatch: the caller then sends one request
  // per segment, so a wrong answer for one paragraph cannot shift every other paragraph's text.
  const translateBatch = (producer: TranslationEngine, texts: string[]) =>
    withRetries(async () => {
      try {
        return await translateTexts(producer, texts);
      } catch (error) {
        if (error instanceof SegmentCountMismatchError && texts.length > 1) return null;
        throw error;
      }
    });

  const finishParagraph = (
    index: number,
    producer: TranslationEngine,
    pieces: { text: string; translation: string; alignment?: SentenceAlignment[] }[],
  ) => {
    const text = paragraphs[index] ?? "";
    let translation = "";
    let sentences: SentenceAlignment[] = [];
    const allAligned = pieces.every((piece) => piece.alignment !== undefined);
    let sourceOffset = 0;
    for (const piece of pieces) {
      const pieceStart = text.indexOf(piece.text, sourceOffset);
      const sourceBase = pieceStart === -1 ? sourceOffset : pieceStart;
      const targetBase = translation === "" ? 0 : translation.length + 1;
      translation = translation === "" ? piece.translation : `${translation} ${piece.translation}`;
      if (allAligned) {
        for (const pair of piece.alignment ?? []) {
          sentences.push({
            source: [pair.source[0] + sourceBase, pair.source[1] + sourceBase],
            target: [pair.target[0] + targetBase, pair.target[1] + targetBase],
          });
        }
      }
      sourceOffset = sourceBase + piece.text.length;
    }
    if (!allAligned) sentences = alignSentences(text, translation, source, target);
    const result: ParagraphTranslation = {
      index,
      source: text,
      translation,
      engine: engineKey(producer),
      cached: false,
      fallback: producer !== engine,
      sentences,
    };
    cache?.set(cacheKeyFor(text, producer), { translation, sentences, engine: result.engine });
    // Keyed by the engine that produced the text, so a fallback's draft never poses as the
    // primary engine's translation once the primary engine is back.
    emit(result);
  };

  const translateParagraphs = async (
    producer: TranslationEngine,
    indices: number[],
  ): Promise<Map<number, TranslationError>> => {
    const failures = new Map<number, TranslationError>();
    const { maxCharactersPerRequest, maxSegmentsPerRequest } = producer.limits;
    const segments: Segment[] = [];
    for (const index of indices) {
      for (const piece of splitForLimit(paragraphs[index] ?? "", source, maxCharactersPerRequest)) {
        segments.push({ paragraph: index, text: piece });
      }
    }
    const piecesLeft = new Map<number, number>();
    for (const segment of segments)
      piecesLeft.set(segment.paragraph, (piecesLeft.get(segment.paragraph) ?? 0) + 1);
    const collected = new Map<
      number,
      { text: string; translation: string; alignment?: SentenceAlignment[]; order: number }[]
    >();

    const record = (
      segment: Segment,
      order: number,
      translation: string,
      alignment: SentenceAlignment[] | undefined,
    ) => {
      if (failures.has(segment.paragraph)) return;
      const list = collected.get(segment.paragraph) ?? [];
      list.push({ text: segment.text, translation, alignment, order });
      collected.set(segment.paragraph, list);
      const left = (piecesLeft.get(segment.paragraph) ?? 1) - 1;
      piecesLeft.set(segment.paragraph, left);
      if (left === 0) {
        finishParagraph(
          segment.paragraph,
          producer,
          list.sort((a, b) => a.order - b.order),
        );
      }
    };
    const fail = (segment: Segment, error: TranslationError) => {
      if (!failures.has(segment.paragraph)) failures.set(segment.paragraph, error);
    };

    const order = new Map<Segment, number>(
      segments.map((segment, position) => [segment, position]),
    );
    const batches = packBatches(segments, maxSegmentsPerRequest, maxCharactersPerRequest);
    const runBatch = async (batch: Batch) => {
      const texts = batch.segments.map((segment) => segment.text);
      let response;
      try {
        response = await translateBatch(producer, texts);
      } catch (caught) {
        const error = toTranslationError(caught);
        if (error.code === "aborted") throw error;
        for (const segment of batch.segments) fail(segment, error);
        return;
      }
      if (response !== null) {
        batch.segments.forEach((segment, position) =>
          record(
            segment,
            order.get(segment) ?? 0,
            response.translations[position] ?? "",
            response.alignments?.[position],
          ),
        );
        return;
      }
      for (const segment of batch.segments) {
        try {
          const single = await withRetries(() => translateTexts(producer, [segment.text]));
          record(
            segment,
            order.get(segment) ?? 0,
            single.translations[0] ?? "",
            single.alignments?.[0],
          );
        } catch (caught) {
          const error = toTranslationError(caught);
          if (error.code === "aborted") throw error;
          fail(segment, error);
        }
      }
    };

    const concurrency = Math.max(1, options.concurrency ?? producer.limits.maxConcurrentRequests);
    let next = 0;
    const workers = Array.from({ length: Math.min(concurrency, batches.length) }, async () => {
      while (next < batches.length) {
        const batch = batches[next];
        next += 1;
        if (batch !== undefined) await runBatch(batch);
      }
    });
    await Promise.all(workers);
    return failures;
  };

  let failures = await translateParagraphs(engine, pending);
  if (
    failures.size > 0 &&
    fallback !== undefined &&
    fallback !== engine &&
    fallback.languagePairs.some((pair) => pair.source === source && pair.target === target)
  ) {
    const primaryFailures = failures;
    failures = await translateParagraphs(fallback, [...primaryFailures.keys()]);
    for (const [index, error] of failures) failures.set(index, primaryFailures.get(index) ?? error);
  }
  for (const [index, error] of [...failures].sort((a, b) => a[0] - b[0])) {
    emit({
      index,
      source: paragraphs[index] ?? "",
      translation: null,
      engine: engineKey(engine),
      cached: false,
      fallback: false,
      sentences: [],
      error: { code: error.code, message: error.message },
    });
  }
  if (abortSignal?.aborted) throw new TranslationAbortedError();
  return results.map(
    (result, index) =>
      result ?? {
        index,
        source: paragraphs[index] ?? "",
        translation: null,
        engine: engineKey(engine),
        cached: false,
        fallback: false,
        sentences: [],
        error: { code: "engine_failure", message: "The paragraph was not translated." },
      },
  );
}
