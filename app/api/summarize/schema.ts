import { z } from "zod";

export const summarizeRequestSchema = z.object({
  paragraphs: z.array(z.string()).min(1, "Send at least one paragraph."),
  /** Translations the caller already has, index-aligned with `paragraphs`. */
  translations: z.array(z.string().nullable()).optional(),
  source: z.enum(["hi", "en", "auto"]).default("auto"),
  target: z.enum(["hi", "en"]).optional(),
  engine: z.string().trim().min(1).max(200).optional(),
  maxBullets: z.number().int().min(1).max(10).optional(),
  fallback: z.boolean().default(true),
  /** "auto" uses an LLM when one is configured, else picks key sentences. */
  method: z.enum(["auto", "extractive", "llm"]).default("auto"),
  /** False when the caller translates the bullets itself (a browser engine). */
  translate: z.boolean().default(true),
});

export type SummarizeRequest = z.output<typeof summarizeRequestSchema>;
