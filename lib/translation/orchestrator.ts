import type { FactIssue } from "@/lib/fact-check/fact-check";
import { nextTask } from "@/lib/next-task";
import { hasTranslatableContent } from "@/lib/text/normalize";
import { translationCacheKey } from "@/lib/text/keys";
import type { LanguageCode } from "@/lib/text/language";
import { alignSentences } from "./align";
import type { TranslationCache } from "./cache";
import { packBatches, segmentParagraphsForLimit, type Batch, type Segment } from "./chunking";
import { translateSegments, withRetries, type RetryPolicy } from "./engine-call";
import type { SentenceAlignment, TranslationEngine } from "./engine-spec";
import {
  SegmentCountMismatchError,
  TranslationAbortedError,
  TranslationError,
  UnsupportedLanguagePairError,
  toTranslationError,
  type TranslationErrorCode,
} from "./errors";
import { reassembleParagraph, type TranslatedPiece } from "./reassemble";

/*
 * The coordinator of one document's translation. The jobs it hands out live beside it:
 * chunking.ts (split and pack to the engine's limits), engine-call.ts (timeout, abort, retry),
 * reassemble.ts (pieces back into a paragraph). What stays here is the order of events:
 * corrections, cache, engine, fallback, and one result per paragraph.
 */

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
  /** What may not have survived translation (see lib/fact-check); set by `translateChecked`. */
  factIssues?: FactIssue[];
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
  /**
   * True when `engine` is itself the fallback, standing in for a requested engine that is not
   * available: everything it translates is then marked as a fallback, as a failed paragraph is.
   */
  standingIn?: boolean;
  /** Requests in flight at once; defaults to the engine's own limit. */
  concurrency?: number;
  /**
   * Paragraphs [start, end) to ask the engine for first: the ones on the reader's screen, so
   * they arrive after one request's latency however far down the article they are.
   */
  priority?: { start: number; end: number };
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

const engineKey = (engine: TranslationEngine) => `${engine.engineId}:${engine.modelId}`;

const translatesDirection = (
  engine: TranslationEngine,
  source: LanguageCode,
  target: LanguageCode,
) => engine.languagePairs.some((pair) => pair.source === source && pair.target === target);

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
  // The cache's slower tiers are written once the document is done (see holdWrites).
  const releaseWrites = options.cache?.holdWrites?.();
  try {
    return await translateHeld(options);
  } finally {
    releaseWrites?.();
  }
}

/** translateDocument's work, run while the cache's slower writes are held. */
async function translateHeld(options: TranslateDocumentOptions): Promise<ParagraphTranslation[]> {
  const { engine, paragraphs, source, target, cache, fallback, abortSignal } = options;
  const standingIn = options.standingIn === true;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retryPolicy: RetryPolicy = {
    maxRetries: options.maxRetries ?? 3,
    baseDelayMs: options.retryBaseDelayMs ?? 250,
    maxDelayMs: options.maxRetryDelayMs ?? 8_000,
    random: options.random ?? Math.random,
  };

  if (!translatesDirection(engine, source, target)) {
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

  // 1. What needs no engine: untranslatable text, human corrections, cached translations.
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
    const answer = answerWithoutEngine(text, index);
    if (answer === undefined) pending.push(index);
    else emit(answer);
  });

  function answerWithoutEngine(text: string, index: number): ParagraphTranslation | undefined {
    if (!hasTranslatableContent(text)) {
      // Punctuation, symbols or nothing at all: the rendering is the text itself.
      return {
        index,
        source: text,
        translation: text,
        engine: engineKey(engine),
        cached: false,
        fallback: false,
        sentences: [],
      };
    }
    const correction = remembered?.get(text);
    if (correction !== undefined) {
      return {
        index,
        source: text,
        translation: correction.translation,
        engine: "memory",
        cached: true,
        fallback: false,
        sentences: alignSentences(text, correction.translation, source, target),
        revision: correction.revision,
      };
    }
    const hit = cache?.get(cacheKeyFor(text, engine));
    if (hit === undefined) return undefined;
    return {
      index,
      source: text,
      translation: hit.translation,
      engine: hit.engine,
      cached: true,
      fallback: standingIn,
      sentences: hit.sentences,
    };
  }

  const call = (producer: TranslationEngine, segments: string[]) =>
    translateSegments(producer, { segments, source, target }, timeoutMs, abortSignal);

  const finishParagraph = (
    index: number,
    producer: TranslationEngine,
    pieces: readonly TranslatedPiece[],
  ) => {
    const text = paragraphs[index] ?? "";
    const { translation, sentences } = reassembleParagraph(text, pieces, source, target);
    const result: ParagraphTranslation = {
      index,
      source: text,
      translation,
      engine: engineKey(producer),
      cached: false,
      fallback: standingIn || producer !== engine,
      sentences,
    };
    // Handed on before it is cached: a cache that writes through to a database queues that
    // write behind whatever the caller queued for this paragraph (its stream write).
    emit(result);
    // Keyed by the engine that produced the text, so a fallback's draft never poses as the
    // primary engine's translation once the primary engine is back.
    cache?.set(cacheKeyFor(text, producer), { translation, sentences, engine: result.engine });
  };

  // 2. The engine: paragraphs cut and packed to its limits, batches through a worker pool.
  const translateParagraphs = async (
    producer: TranslationEngine,
    indices: number[],
  ): Promise<Map<number, TranslationError>> => {
    const failures = new Map<number, TranslationError>();
    const { maxCharactersPerRequest, maxSegmentsPerRequest } = producer.limits;
    const segments = segmentParagraphsForLimit(
      paragraphs,
      indices,
      source,
      maxCharactersPerRequest,
    );
    const order = new Map<Segment, number>(
      segments.map((segment, position) => [segment, position]),
    );
    const piecesLeft = new Map<number, number>();
    for (const segment of segments)
      piecesLeft.set(segment.paragraph, (piecesLeft.get(segment.paragraph) ?? 0) + 1);
    const collected = new Map<number, (TranslatedPiece & { order: number })[]>();

    const record = (segment: Segment, translation: string, alignment?: SentenceAlignment[]) => {
      if (failures.has(segment.paragraph)) return;
      const list = collected.get(segment.paragraph) ?? [];
      list.push({ text: segment.text, translation, alignment, order: order.get(segment) ?? 0 });
      collected.set(segment.paragraph, list);
      const left = (piecesLeft.get(segment.paragraph) ?? 1) - 1;
      piecesLeft.set(segment.paragraph, left);
      if (left === 0)
        finishParagraph(
          segment.paragraph,
          producer,
          list.sort((a, b) => a.order - b.order),
        );
    };
    const fail = (segment: Segment, caught: unknown) => {
      const error = toTranslationError(caught);
      if (error.code === "aborted") throw error;
      if (!failures.has(segment.paragraph)) failures.set(segment.paragraph, error);
    };

    // Every engine request takes one of the engine's slots, and gives it back the moment the
    // engine has answered: the next request goes out before this answer is reassembled, checked
    // and written (20 paragraphs of that took 15–70 ms, and the third request of a document
    // waited for it). Per-segment retries after a count mismatch take slots too.
    const slots = createSlots(
      Math.max(1, options.concurrency ?? producer.limits.maxConcurrentRequests),
    );
    // A request's rank is the position of its earliest paragraph in the order they are asked
    // for (the reader's screen first, then the document's order).
    const engineCall = <T>(operation: () => Promise<T>, rank: number) =>
      slots.run(() => withRetries(operation, retryPolicy, abortSignal), rank);
    const rankOf = (batch: readonly Segment[]) =>
      Math.min(...batch.map((segment) => order.get(segment) ?? Number.POSITIVE_INFINITY));

    const runBatch = async (batch: Batch) => {
      let response;
      try {
        response = await engineCall(async () => {
          try {
            return await call(
              producer,
              batch.segments.map((segment) => segment.text),
            );
          } catch (error) {
            // A count mismatch answers null: each segment then goes alone, so a wrong answer
            // for one paragraph cannot shift every other paragraph's text.
            if (error instanceof SegmentCountMismatchError && batch.segments.length > 1)
              return null;
            throw error;
          }
        }, rankOf(batch.segments));
      } catch (caught) {
        for (const segment of batch.segments) fail(segment, caught);
        return;
      }
      // The request that took this slot over is under way in pending promises (fetch runs
      // through many); they finish, and its bytes leave, before this answer's work starts.
      await nextTask();
      if (abortSignal?.aborted) return;
      if (response !== null) {
        // A batch is handed on whole, so the caller's stream writes it in one piece. Its first
        // paragraph used to go out alone, a few milliseconds sooner; the reader then rendered
        // twice, and the second render held the rest of the article back by 10 ms or more.
        for (const [position, segment] of batch.segments.entries())
          record(segment, response.translations[position] ?? "", response.alignments?.[position]);
        return;
      }
      await Promise.all(
        batch.segments.map(async (segment) => {
          try {
            const single = await engineCall(
              () => call(producer, [segment.text]),
              rankOf([segment]),
            );
            record(segment, single.translations[0] ?? "", single.alignments?.[0]);
          } catch (caught) {
            fail(segment, caught);
          }
        }),
      );
    };

    // Every batch is queued at once, in order; the slots decide when each is sent.
    await Promise.all(
      packBatches(segments, maxSegmentsPerRequest, maxCharactersPerRequest).map(runBatch),
    );
    return failures;
  };

  // 3. The fallback engine for what the engine could not do; each failure keeps the first error.
  let failures = await translateParagraphs(engine, priorityFirst(pending, options.priority));
  if (
    failures.size > 0 &&
    fallback !== undefined &&
    fallback !== engine &&
    translatesDirection(fallback, source, target)
  ) {
    const primaryFailures = failures;
    failures = await translateParagraphs(fallback, [...primaryFailures.keys()]);
    for (const [index, error] of failures) failures.set(index, primaryFailures.get(index) ?? error);
  }

  // 4. One result per paragraph: the failures last, in document order.
  const failed = (
    index: number,
    error: { code: TranslationErrorCode; message: string },
  ): ParagraphTranslation => ({
    index,
    source: paragraphs[index] ?? "",
    translation: null,
    engine: engineKey(engine),
    cached: false,
    fallback: false,
    sentences: [],
    error: { code: error.code, message: error.message },
  });
  for (const [index, error] of [...failures].sort((a, b) => a[0] - b[0]))
    emit(failed(index, error));
  if (abortSignal?.aborted) throw new TranslationAbortedError();
  return results.map(
    (result, index) =>
      result ??
      failed(index, { code: "engine_failure", message: "The paragraph was not translated." }),
  );
}

/** `indices` with those inside `priority` moved to the front; each part keeps its order. */
export function priorityFirst(
  indices: readonly number[],
  priority: { start: number; end: number } | undefined,
): number[] {
  if (priority === undefined) return [...indices];
  const inside = (index: number) => index >= priority.start && index < priority.end;
  return [...indices.filter(inside), ...indices.filter((index) => !inside(index))];
}

/**
 * At most `count` operations in flight. A free slot is taken in the same turn as `run` is
 * called, so the operation (an engine request) starts before `run` returns. A finished
 * operation hands its slot on before its caller hears the outcome, so the next waiting
 * operation starts (its request is on the wire) before the caller goes on to use the answer.
 *
 * The slot goes to the waiting operation with the lowest `rank`, and among equal ranks to the
 * one that asked first: the orchestrator ranks a request by the earliest paragraph it carries,
 * so a retry of the document's first paragraph goes ahead of a batch from further down.
 */
export function createSlots(count: number) {
  let free = count;
  // In the order they asked: the first of equal ranks is the one that asked first.
  const waiting: { rank: number; start: () => void }[] = [];
  const release = () => {
    let best = 0;
    for (const [position, candidate] of waiting.entries())
      if (candidate.rank < (waiting[best]?.rank ?? candidate.rank)) best = position;
    const next = waiting.splice(best, 1)[0];
    if (next === undefined) free += 1;
    else next.start();
  };
  return {
    /** Runs `operation` in a free slot, or once one is handed to it; lower `rank` goes first. */
    run<T>(operation: () => Promise<T>, rank = Number.POSITIVE_INFINITY): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          let settled: Promise<T>;
          try {
            settled = operation();
          } catch (error) {
            settled = Promise.reject(error);
          }
          settled.then(
            (value) => {
              release();
              resolve(value);
            },
            (error: unknown) => {
              release();
              reject(error);
            },
          );
        };
        if (free > 0) {
          free -= 1;
          start();
        } else waiting.push({ rank, start });
      });
    },
  };
}
