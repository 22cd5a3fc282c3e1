import "server-only";

import { z } from "zod";
import type { LanguageCode } from "@/lib/text/language";
import {
  parseModelJson,
  type createOpenAIChat,
} from "@/lib/translation/engines/openai/openai-chat";

const LANGUAGE_NAMES: Record<LanguageCode, string> = { hi: "Hindi", en: "English" };

export interface LlmBullet {
  /** The bullet in the article's language. */
  source: string;
  /** The bullet in the reading language. */
  translation: string;
  /** 0-based indices of the paragraphs the bullet rests on; all exist in the article. */
  paragraphs: number[];
}

/** The model's answer could not be used: a citation that does not exist, or a broken shape. */
export class LlmSummaryRejectedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "LlmSummaryRejectedError";
  }
}

const SUMMARY_SCHEMA = {
  type: "object",
  properties: {
    bullets: {
      type: "array",
      items: {
        type: "object",
        properties: {
          target: { type: "string" },
          source: { type: "string" },
          paragraphs: { type: "array", items: { type: "integer" } },
        },
        required: ["target", "source", "paragraphs"],
        additionalProperties: false,
      },
    },
  },
  required: ["bullets"],
  additionalProperties: false,
} as const;

const summaryReply = z.object({
  bullets: z.array(
    z.object({ target: z.string(), source: z.string(), paragraphs: z.array(z.number()) }),
  ),
});

/**
 * Asks an LLM for an abstractive bullet summary where each bullet cites the paragraphs it rests
 * on. Every citation is checked against the article: one that points nowhere rejects the whole
 * answer (the caller then uses the extractive summary), since a summary whose sources cannot
 * be followed back is worse than a plainer one that can.
 */
export async function summarizeWithLlm(options: {
  chat: ReturnType<typeof createOpenAIChat>;
  paragraphs: readonly string[];
  translations?: readonly (string | null)[];
  source: LanguageCode;
  target: LanguageCode;
  maxBullets: number;
  signal?: AbortSignal;
}): Promise<LlmBullet[]> {
  const { paragraphs, source, target, maxBullets } = options;
  const content = await options.chat.complete(
    [
      {
        role: "system",
        content: [
          `You summarise a news article as at most ${maxBullets} short bullet points (at least 3 when the article allows).`,
          `Write each bullet in ${LANGUAGE_NAMES[target]} ("target") and in ${LANGUAGE_NAMES[source]} ("source").`,
          'Every bullet must cite the 0-based "index" of each paragraph it rests on in "paragraphs". State only what those paragraphs say.',
          'Reply with JSON {"bullets":[{"target","source","paragraphs":[index]}]} only.',
        ].join("\n"),
      },
      {
        role: "user",
        content: JSON.stringify({
          paragraphs: paragraphs.map((text, index) => ({
            index,
            text,
            ...(options.translations?.[index] ? { translation: options.translations[index] } : {}),
          })),
        }),
      },
    ],
    { schema: SUMMARY_SCHEMA, signal: options.signal },
  );
  const reply = summaryReply.safeParse(parseModelJson(content));
  if (!reply.success) throw new LlmSummaryRejectedError("The model's summary had the wrong shape.");
  if (reply.data.bullets.length === 0)
    throw new LlmSummaryRejectedError("The model gave no bullets.");
  const bullets = reply.data.bullets.slice(0, maxBullets);
  for (const bullet of bullets) {
    if (bullet.target.trim() === "" || bullet.paragraphs.length === 0) {
      throw new LlmSummaryRejectedError("A bullet was empty or cited no paragraph.");
    }
    for (const index of bullet.paragraphs) {
      if (!Number.isInteger(index) || index < 0 || index >= paragraphs.length) {
        throw new LlmSummaryRejectedError(
          `A bullet cited paragraph ${index}, which does not exist.`,
        );
      }
    }
  }
  return bullets.map((bullet) => ({
    source: bullet.source.trim(),
    translation: bullet.target.trim(),
    paragraphs: [...new Set(bullet.paragraphs)].sort((a, b) => a - b),
  }));
}
