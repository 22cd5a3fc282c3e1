import "server-only";

import { errorResponse } from "@/lib/server/api-error";
import { maxBodyBytes, planTranslation } from "@/lib/server/plan-translation";
import { prepareDocument } from "@/lib/server/prepare-document";
import { clientKey } from "@/lib/server/rate-limit";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { LlmSummaryRejectedError, summarizeWithLlm } from "@/lib/summary/llm-summary";
import type { LanguageCode } from "@/lib/text/language";
import { describeEngine } from "@/lib/translation/registry";
import { TranslationError } from "@/lib/translation/errors";
import { normalizeParagraph } from "@/lib/text/normalize";
import { translateChecked } from "@/lib/translation/checked-translation";
import type { z } from "zod";
import { HEAVY_REQUEST_CHARACTERS } from "@/lib/server/work-gate";
import { summarizeRequestSchema } from "./schema";

/**
 * The abstractive summary from the configured OpenAI-compatible engine, or null when there is
 * none, it is unavailable, it fails, or its answer cites paragraphs that do not exist.
 */
async function tryLlmSummary(
  runtime: AppServices,
  input: {
    paragraphs: string[];
    translations?: (string | null)[] | undefined;
    source: LanguageCode;
    target: LanguageCode;
    maxBullets: number;
    signal: AbortSignal;
  },
) {
  const engine = runtime.registry.engineIds.includes("openai")
    ? runtime.registry.resolve("openai")
    : undefined;
  if (engine === undefined || !(await engine.checkAvailability()).available) return null;
  try {
    const bullets = await summarizeWithLlm({
      chat: runtime.summaryChat,
      ...input,
    });
    const engineId = `${engine.engineId}:${engine.modelId}`;
    return {
      engine: describeEngine(engine),
      bullets: bullets.map((bullet) => ({ ...bullet, sentences: [], engine: engineId })),
    };
  } catch (error) {
    if (error instanceof LlmSummaryRejectedError || error instanceof TranslationError) return null;
    throw error;
  }
}

/**
 * POST /api/summarize: picks the article's central sentences and renders each through the
 * engine, so a bullet's translation is exactly the translation of its source sentence.
 */
export function createSummarizeHandler(getRuntime: () => AppServices) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const runtime = getRuntime();
      await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
      const body = await readJsonBody(
        request,
        summarizeRequestSchema,
        maxBodyBytes(runtime.env.MAX_ARTICLE_CHARACTERS) * 2,
      );
      // The summary covers the whole article, which may exceed one translate request.
      const document = prepareDocument(
        { paragraphs: body.paragraphs, source: body.source, target: body.target },
        {
          maxCharacters: runtime.env.MAX_ARTICLE_CHARACTERS,
          maxParagraphs: runtime.env.MAX_ARTICLE_PARAGRAPHS,
        },
      );
      const maxBullets = body.maxBullets ?? 6;
      const characters = document.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
      // A large request takes a slot of the heavy-work gate first; beyond a few at once, 503.
      const release =
        characters > HEAVY_REQUEST_CHARACTERS ? await runtime.heavyWork.acquire() : () => undefined;
      try {
        return await summarize(runtime, request, body, document, maxBullets);
      } finally {
        release();
      }
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function summarize(
  runtime: AppServices,
  request: Request,
  body: z.output<typeof summarizeRequestSchema>,
  document: ReturnType<typeof prepareDocument>,
  maxBullets: number,
): Promise<Response> {
  const characters = document.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  // A language model is sent at most one request's worth; longer articles get key sentences.
  const method =
    characters > runtime.env.MAX_INPUT_CHARACTERS
      ? "extractive"
      : body.method === "auto"
        ? runtime.env.SUMMARY_METHOD
        : body.method;
  if (method !== "extractive") {
    const llm = await tryLlmSummary(runtime, {
      paragraphs: document.paragraphs,
      translations: body.translations,
      source: document.source,
      target: document.target,
      maxBullets,
      signal: request.signal,
    });
    if (llm !== null) {
      return Response.json(
        {
          method: "llm",
          source: document.source,
          target: document.target,
          engine: llm.engine,
          bullets: llm.bullets,
        },
        { headers: { "Cache-Control": "no-store" } },
      );
    }
  }
  const plan = await planTranslation(runtime, {
    ...body,
    source: document.source,
    target: document.target,
  });
  const picked = await runtime.summarizeExtractive(
    document.paragraphs,
    document.source,
    { maxBullets },
    request.signal,
  );

  // A paragraph that is a single sentence already has that sentence's translation.
  const known = picked.map((sentence) => {
    const paragraph = document.paragraphs[sentence.paragraph] ?? "";
    const supplied = body.translations?.[sentence.paragraph];
    return sentence.start === 0 &&
      sentence.end === paragraph.length &&
      typeof supplied === "string" &&
      supplied.trim() !== ""
      ? normalizeParagraph(supplied)
      : undefined;
  });
  const toTranslate = (body.translate ? picked : [])
    .filter((_, index) => known[index] === undefined)
    .map((sentence) => sentence.text);
  const translated =
    toTranslate.length > 0
      ? await translateChecked({
          ...plan.options,
          // The operator's glossary holds for the summary's sentences as for the article's.
          glossary: runtime.glossary,
          paragraphs: toTranslate,
          abortSignal: request.signal,
        })
      : [];

  let next = 0;
  const bullets = picked.map((sentence, index) => {
    const supplied = known[index];
    const result = supplied === undefined && body.translate ? translated[next++] : undefined;
    return {
      source: sentence.text,
      translation: supplied ?? result?.translation ?? null,
      paragraphs: [sentence.paragraph],
      sentences: [{ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end }],
      engine: supplied === undefined ? (result?.engine ?? plan.requested.id) : "provided",
      ...(result?.error ? { error: result.error } : {}),
    };
  });
  return Response.json(
    {
      method: "extractive",
      source: document.source,
      target: document.target,
      engine: plan.requested,
      bullets,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
