import type { ApiLimits } from "@/lib/api/wire-types";
import {
  streamTranslation,
  type StreamChunk,
  type StreamEnd,
  type TranslateInput,
} from "./api-client";

/** What the server allows when it does not say (the defaults of MAX_INPUT_CHARACTERS etc.). */
export const DEFAULT_LIMITS: ApiLimits = {
  requestCharacters: 100_000,
  requestParagraphs: 5_000,
  articleCharacters: 1_000_000,
  articleParagraphs: 50_000,
};

/**
 * Splits an article's paragraphs into consecutive groups that each fit one request: at most
 * `requestCharacters` characters (counted as the server counts them, the sum of the paragraphs'
 * lengths) and `requestParagraphs` paragraphs. A paragraph longer than a whole request goes
 * alone, and the server then refuses that group with its own message.
 */
export function planRequests(
  paragraphs: readonly string[],
  limits: Pick<ApiLimits, "requestCharacters" | "requestParagraphs">,
): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let start = 0;
  let characters = 0;
  paragraphs.forEach((paragraph, index) => {
    const count = index - start;
    if (
      count > 0 &&
      (characters + paragraph.length > limits.requestCharacters ||
        count + 1 > limits.requestParagraphs)
    ) {
      groups.push({ start, end: index });
      start = index;
      characters = 0;
    }
    characters += paragraph.length;
  });
  if (paragraphs.length > start) groups.push({ start, end: paragraphs.length });
  return groups;
}

/** Paragraphs [start, end) of the article, e.g. those on the reader's screen. */
export interface ParagraphRange {
  start: number;
  end: number;
}

/**
 * The request groups with the one holding `first.start` moved to the front, and each group's
 * share of `first` in its own indices (the server asks the engine for those first).
 */
export function orderGroups(
  groups: readonly { start: number; end: number }[],
  first: ParagraphRange | undefined,
): { start: number; end: number; first?: ParagraphRange }[] {
  if (first === undefined || first.end <= first.start) return [...groups];
  const withFirst = groups.map((group) => {
    const start = Math.max(first.start, group.start);
    const end = Math.min(first.end, group.end);
    return end > start
      ? { ...group, first: { start: start - group.start, end: end - group.start } }
      : { ...group };
  });
  const leading = withFirst.findIndex(
    (group) => first.start >= group.start && first.start < group.end,
  );
  if (leading <= 0) return withFirst;
  const [lead] = withFirst.splice(leading, 1);
  return lead ? [lead, ...withFirst] : withFirst;
}

/**
 * Translates a whole article as one stream, over as many requests as the per-request limit
 * needs, one after another; indices are the article's. The paragraphs in `first` (the reader's
 * screen) are asked for before the rest. A request refused before any paragraph arrived throws
 * (the reader shows one error); a later failure ends the stream with that error, keeping what
 * arrived.
 */
export async function* streamArticle(
  input: TranslateInput,
  limits: ApiLimits,
  signal?: AbortSignal,
  first?: ParagraphRange,
): AsyncGenerator<StreamChunk> {
  const groups = orderGroups(planRequests(input.paragraphs, limits), first);
  let arrived = 0;
  let failed = 0;
  for (const [position, group] of groups.entries()) {
    const last = position === groups.length - 1;
    // A request's end line as the article's end: when it stops the article (an error) or is
    // the last request's; otherwise the article goes on with the next request.
    const articleEnd = (end: StreamEnd): StreamEnd | undefined => {
      failed += end.failed ?? 0;
      if (end.error) return { done: true, count: arrived, failed, error: end.error };
      return last ? { done: true, count: arrived, failed } : undefined;
    };
    let chunks: AsyncGenerator<StreamChunk>;
    try {
      chunks = streamTranslation(
        {
          ...input,
          paragraphs: input.paragraphs.slice(group.start, group.end),
          ...(group.first ? { first: group.first } : {}),
        },
        signal,
      );
      for await (const chunk of chunks) {
        if ("done" in chunk) {
          const end = articleEnd(chunk);
          if (end) {
            yield end;
            return;
          }
        } else if ("batch" in chunk) {
          arrived += chunk.batch.length;
          const batch = chunk.batch.map((paragraph) => ({
            ...paragraph,
            index: paragraph.index + group.start,
          }));
          // This request's last rows came with its end: the article's end, if it is one, goes
          // with them in one update.
          const end = chunk.end && articleEnd(chunk.end);
          yield end ? { batch, end } : { batch };
          if (end) return;
        } else if ("warning" in chunk) {
          yield chunk;
        } else {
          arrived += 1;
          yield { ...chunk, index: chunk.index + group.start };
        }
      }
    } catch (error) {
      if (arrived === 0 || signal?.aborted) throw error;
      const { code, message } = error as { code?: string; message?: string };
      yield {
        done: true,
        count: arrived,
        failed,
        error: { code: code ?? "network", message: message ?? "The request failed." },
      };
      return;
    }
  }
  yield { done: true, count: arrived, failed };
}

/**
 * The same stream, already started: its first step runs now, so the first request is on the
 * wire before the caller's next await (a React render scheduled by the same click would
 * otherwise run first). Chunks and errors come out exactly as from `stream`.
 */
export function startNow<T>(stream: AsyncGenerator<T>): AsyncGenerator<T> {
  const first = stream.next();
  // Handled where it is awaited below; this keeps an unread failure from being reported.
  first.catch(() => undefined);
  return (async function* started() {
    const step = await first;
    if (step.done) return;
    yield step.value;
    yield* stream;
  })();
}
