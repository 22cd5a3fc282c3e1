import "server-only";

import { z } from "zod";
import type { LanguageCode, TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { SegmentCountMismatchError } from "@/lib/translation/errors";
import {
  BOTH_DIRECTIONS,
  createProbeCache,
  missingVariable,
  probeKey,
  requestJson,
  trimSlash,
} from "../http-support";
import { createOpenAIChat, parseModelJson, type OpenAIChatSettings } from "./openai-chat";

export type OpenAIPreset = "json" | "translategemma";

export interface OpenAIEngineSettings extends OpenAIChatSettings {
  /** Prompt format. `translategemma` sends one paragraph in TranslateGemma's own prompt. */
  preset?: OpenAIPreset;
}

const LANGUAGE_NAMES: Record<LanguageCode, string> = { hi: "Hindi", en: "English" };

const TRANSLATION_SCHEMA = {
  type: "object",
  properties: {
    paragraphs: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, translation: { type: "string" } },
        required: ["id", "translation"],
        additionalProperties: false,
      },
    },
  },
  required: ["paragraphs"],
  additionalProperties: false,
} as const;

const translationReply = z.object({
  paragraphs: z.array(z.object({ id: z.string(), translation: z.string() })),
});

function instructions(source: LanguageCode, target: LanguageCode): string {
  return [
    `You translate news paragraphs from ${LANGUAGE_NAMES[source]} to ${LANGUAGE_NAMES[target]}.`,
    'The user sends JSON {"paragraphs":[{"id","text"}]}. Reply with JSON {"paragraphs":[{"id","translation"}]} only.',
    "Give exactly one translation for every id, with the same ids in the same order. Never merge, split, drop or add paragraphs.",
    "Translate faithfully and completely in a neutral news register; keep names, numbers and quotations; write plain text with no Markdown.",
  ].join("\n");
}

/** TranslateGemma's expected single-message prompt: fixed wording, two blank lines before the text. */
export function translateGemmaPrompt(
  text: string,
  source: LanguageCode,
  target: LanguageCode,
): string {
  const from = LANGUAGE_NAMES[source];
  const to = LANGUAGE_NAMES[target];
  return (
    `You are a professional ${from} (${source}) to ${to} (${target}) translator. ` +
    `Your goal is to accurately convey the meaning and nuances of the original ${from} text while adhering to ${to} grammar, vocabulary, and cultural sensitivities.\n` +
    `Produce only the ${to} translation, without any additional explanations or commentary. Please translate the following ${from} text into ${to}:\n\n\n${text}`
  );
}

/**
 * Any OpenAI-compatible chat-completions server as a translation engine. Paragraphs go out as
 * JSON with ids; the reply must carry the same ids, one translation each, or the batch is
 * rejected as a count mismatch (and the orchestrator retries it paragraph by paragraph).
 */
export function createOpenAIEngine(settings: OpenAIEngineSettings = {}): TranslationEngineV1 {
  const chat = createOpenAIChat(settings);
  const model = () => chat.config().model;
  // Decided once, with the limits below: a TranslateGemma model takes one paragraph per request.
  const preset: OpenAIPreset =
    settings.preset ?? (/translategemma/i.test(model() ?? "") ? "translategemma" : "json");
  const single = preset === "translategemma";
  const probeCache = createProbeCache(undefined, { state: settings.sharedState, name: "openai" });
  // The server answered a chat: it is available under the configuration it was probed with.
  const confirmAvailable = () => {
    const { baseUrl, apiKey } = chat.config();
    if (baseUrl !== undefined) probeCache.confirm(probeKey(baseUrl, apiKey));
  };

  return {
    specificationVersion: "v1",
    engineId: "openai",
    modelId: settings.model ?? "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: single ? 2_000 : 6_000,
      maxSegmentsPerRequest: single ? 1 : 20,
      maxConcurrentRequests: 2,
    },
    async checkAvailability() {
      const { baseUrl, apiKey, model: configured } = chat.config();
      if (baseUrl === undefined || configured === undefined)
        return missingVariable("OPENAI_BASE_URL", "OPENAI_MODEL");
      return probeCache(probeKey(baseUrl, apiKey), async () => {
        try {
          await requestJson({
            engine: "The OpenAI-compatible server",
            keyVariable: "OPENAI_API_KEY",
            fetch: settings.fetch ?? fetch,
            method: "GET",
            url: `${trimSlash(baseUrl)}/models`,
            headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
            signal: AbortSignal.timeout(2_000),
          });
          return { available: true };
        } catch (error) {
          return {
            available: false,
            reason:
              (error as { code?: string }).code === "authentication_failed"
                ? "OPENAI_API_KEY was refused."
                : "OPENAI_BASE_URL does not answer.",
          };
        }
      });
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      if (single) {
        const translations: string[] = [];
        for (const segment of segments) {
          const content = await chat.complete(
            [{ role: "user", content: translateGemmaPrompt(segment, source, target) }],
            { signal: abortSignal },
          );
          translations.push(content.trim());
        }
        confirmAvailable();
        return { translations };
      }
      const ids = segments.map((_, index) => `p${index}`);
      const content = await chat.complete(
        [
          { role: "system", content: instructions(source, target) },
          {
            role: "user",
            content: JSON.stringify({
              paragraphs: segments.map((text, index) => ({ id: ids[index], text })),
            }),
          },
        ],
        { schema: TRANSLATION_SCHEMA, signal: abortSignal },
      );
      confirmAvailable();
      const reply = translationReply.safeParse(parseModelJson(content));
      if (!reply.success) throw new SegmentCountMismatchError(segments.length, 0);
      const byId = new Map<string, string>();
      for (const item of reply.data.paragraphs) {
        if (byId.has(item.id))
          throw new SegmentCountMismatchError(segments.length, reply.data.paragraphs.length);
        byId.set(item.id, item.translation);
      }
      if (byId.size !== ids.length || ids.some((id) => !byId.has(id))) {
        throw new SegmentCountMismatchError(segments.length, reply.data.paragraphs.length);
      }
      return { translations: ids.map((id) => byId.get(id) ?? "") };
    },
  };
}
