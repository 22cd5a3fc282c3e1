import { experimental_streamedQuery as streamedQuery, queryOptions } from "@tanstack/react-query";
import {
  fetchEngines,
  fetchSummary,
  streamTranslation,
  type StreamChunk,
  type TranslateInput,
} from "@/lib/api-client/api-client";
import type { ApiParagraph } from "@/lib/api-client/types";
import { translationCacheKey } from "@/lib/translation/cache";

/** What the reader knows about a document's translation while it streams in. */
export interface TranslationState {
  /** One slot per paragraph; undefined until that paragraph arrives. */
  paragraphs: (ApiParagraph | undefined)[];
  done: boolean;
  /** Why the stream ended early, if it did; missing paragraphs can then be retried. */
  interruption?: { code: string; message: string };
}

/** A short, stable fingerprint of a document, so query keys stay small for long articles. */
export function documentKey(paragraphs: readonly string[]): string {
  return translationCacheKey({
    engineId: "",
    modelId: "",
    source: "hi",
    target: "en",
    text: paragraphs.join("\n"),
  });
}

export const engineQueryOptions = () =>
  queryOptions({
    queryKey: ["engines"],
    queryFn: ({ signal }) => fetchEngines(signal),
    staleTime: 60_000,
  });

export const translationQueryKey = (input: TranslateInput) =>
  ["translation", input.engine, input.source, input.target, documentKey(input.paragraphs)] as const;

export function reduceTranslation(state: TranslationState, chunk: StreamChunk): TranslationState {
  if ("done" in chunk)
    return { ...state, done: true, ...(chunk.error ? { interruption: chunk.error } : {}) };
  if (chunk.index < 0 || chunk.index >= state.paragraphs.length) return state;
  const paragraphs = state.paragraphs.slice();
  paragraphs[chunk.index] = chunk;
  return { ...state, paragraphs };
}

export const translationQueryOptions = (input: TranslateInput) =>
  queryOptions({
    queryKey: translationQueryKey(input),
    queryFn: streamedQuery<StreamChunk, TranslationState, ReturnType<typeof translationQueryKey>>({
      streamFn: ({ signal }) => streamTranslation(input, signal),
      reducer: reduceTranslation,
      initialValue: {
        paragraphs: new Array<ApiParagraph | undefined>(input.paragraphs.length).fill(undefined),
        done: false,
      },
    }),
  });

export const summaryQueryOptions = (
  input: TranslateInput,
  translations: (string | null)[],
  enabled: boolean,
) =>
  queryOptions({
    queryKey: [
      "summary",
      input.engine,
      input.source,
      input.target,
      documentKey(input.paragraphs),
    ] as const,
    queryFn: ({ signal }) => fetchSummary({ ...input, translations }, signal),
    enabled,
  });
