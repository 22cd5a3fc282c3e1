import { experimental_streamedQuery as streamedQuery, queryOptions } from "@tanstack/react-query";
import {
  fetchEngines,
  fetchSummary,
  type StreamChunk,
  type StreamEnd,
  type TranslateInput,
} from "@/lib/api-client/api-client";
import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import {
  DEFAULT_LIMITS,
  startNow,
  streamArticle,
  type ParagraphRange,
} from "@/lib/api-client/stream-article";
import type { ApiLimits, ApiParagraph } from "@/lib/api/wire-types";
import { keepsArticlesInBrowser } from "@/lib/api-client/browser-privacy";
import { summarizeInBrowser } from "@/lib/api-client/browser-summary";
import { translationCacheKey } from "@/lib/text/keys";

/** What the reader knows about a document's translation while it streams in. */
export interface TranslationState {
  /** One slot per paragraph; undefined until that paragraph arrives. */
  paragraphs: (ApiParagraph | undefined)[];
  done: boolean;
  /** Why the stream ended early, if it did; missing paragraphs can then be retried. */
  interruption?: { code: string; message: string };
  /** Why the chosen browser engine could not be used (the rows then say what was used). */
  warning?: { code: string; message: string };
}

// One key per paragraphs array: every render of the reader (and each update of a streaming
// translation) builds the query keys again. The reader keeps one array per article.
const documentKeys = new WeakMap<readonly string[], string>();
const documentFingerprints = new WeakMap<readonly string[], string>();
// Query keys live only as long as the page, so they need not be a hash of the text: hashing a
// long article in script cost 10-15 ms in the click that shows it. The same text (another
// array, say the same article opened again) gets the same key. Bounded, oldest dropped first;
// a dropped text seen again gets a new key, which costs a fresh request, not a wrong answer.
const keysByText = new Map<string, string>();
const MAX_KEYED_TEXTS = 200;
let keysMade = 0;

/** A short key for a document's text while this page lives, so query keys stay small. */
export function documentKey(paragraphs: readonly string[]): string {
  let key = documentKeys.get(paragraphs);
  if (key !== undefined) return key;
  const text = paragraphs.join("\u0000");
  key = keysByText.get(text);
  if (key === undefined) {
    keysMade += 1;
    key = `document-${keysMade}`;
    keysByText.set(text, key);
    const oldest = keysByText.keys().next();
    if (keysByText.size > MAX_KEYED_TEXTS && !oldest.done) keysByText.delete(oldest.value);
  }
  documentKeys.set(paragraphs, key);
  return key;
}

/**
 * A short, stable fingerprint of a document, the same on every page and visit: for what is
 * kept beyond the page (the browser's saved drafts and history), not for query keys.
 */
export function documentFingerprint(paragraphs: readonly string[]): string {
  let fingerprint = documentFingerprints.get(paragraphs);
  if (fingerprint === undefined) {
    fingerprint = translationCacheKey({
      engineId: "",
      modelId: "",
      source: "hi",
      target: "en",
      text: paragraphs.join("\n"),
    });
    documentFingerprints.set(paragraphs, fingerprint);
  }
  return fingerprint;
}

export const engineQueryOptions = () =>
  queryOptions({
    queryKey: ["engines"],
    queryFn: ({ signal }) => fetchEngines(signal),
    staleTime: 60_000,
    // While a model is downloading or loading, poll so the picker shows its progress.
    refetchInterval: (query) =>
      query.state.data?.engines.some((engine) => engine.progress !== undefined) ? 2_000 : false,
  });

export const translationQueryKey = (input: TranslateInput) =>
  ["translation", input.engine, input.source, input.target, documentKey(input.paragraphs)] as const;

/** `state` ended by the stream's last line; an error there is the interruption the reader shows. */
function ended(state: TranslationState, end: StreamEnd): TranslationState {
  return { ...state, done: true, ...(end.error ? { interruption: end.error } : {}) };
}

export function reduceTranslation(state: TranslationState, chunk: StreamChunk): TranslationState {
  if ("warning" in chunk) return { ...state, warning: chunk.warning };
  if ("done" in chunk) return ended(state, chunk);
  const arrived = "batch" in chunk ? chunk.batch : [chunk];
  const paragraphs = state.paragraphs.slice();
  for (const paragraph of arrived) {
    if (paragraph.index >= 0 && paragraph.index < paragraphs.length)
      paragraphs[paragraph.index] = paragraph;
  }
  const end = "batch" in chunk ? chunk.end : undefined;
  return end === undefined ? { ...state, paragraphs } : ended({ ...state, paragraphs }, end);
}

/**
 * The translation of a whole article; one longer than a request is sent in several.
 * `onScreen`, asked when the request starts, names the paragraphs the reader can see: they are
 * requested first (it is not part of the key: the translation is the same whatever is seen).
 */
export const translationQueryOptions = (
  input: TranslateInput,
  limits: ApiLimits = DEFAULT_LIMITS,
  onScreen?: () => ParagraphRange | undefined,
) =>
  queryOptions({
    queryKey: translationQueryKey(input),
    queryFn: streamedQuery<StreamChunk, TranslationState, ReturnType<typeof translationQueryKey>>({
      streamFn: ({ signal }) =>
        isBrowserEngine(input.engine)
          ? // Browser-engine code loads only when a reader picks that engine.
            import("@/lib/api-client/browser-translation").then((module) =>
              module.streamBrowserTranslation(input, signal),
            )
          : // Started at once: the request goes out within the click, before the reader renders.
            startNow(streamArticle(input, limits, signal, onScreen?.())),
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
    // A browser engine's summary, and any summary while the reader keeps articles in the
    // browser, is made here; otherwise the server makes it (and may use its language model).
    queryFn: ({ signal }) =>
      isBrowserEngine(input.engine) || keepsArticlesInBrowser()
        ? summarizeInBrowser(input, translations, signal)
        : fetchSummary({ ...input, translations }, signal),
    enabled,
  });

/** Every revision of one source paragraph, by its translation-memory key. */
export const revisionsQueryKey = (key: string) => ["revisions", key] as const;
