import { z } from "zod";

/** One fixed rendering: `rendering` null keeps the term as it is. */
export const glossaryEntrySchema = z.object({
  term: z.string().trim().min(1).max(200),
  language: z.enum(["hi", "en"]),
  rendering: z.string().trim().max(200).nullable(),
});

/** Something that may not have survived translation (lib/fact-check), on every paragraph. */
export const factIssueSchema = z.object({
  kind: z.enum(["number", "percent", "currency", "date", "quote", "name", "url"]),
  source: z.string().nullable(),
  translation: z.string().nullable(),
});

export const translateRequestSchema = z
  .object({
    text: z.string().optional(),
    paragraphs: z.array(z.string()).optional(),
    source: z.enum(["hi", "en", "auto"]).default("auto"),
    target: z.enum(["hi", "en"]).optional(),
    engine: z.string().trim().min(1).max(200).optional(),
    /** Whether paragraphs the engine fails on may be glossed offline instead. */
    fallback: z.boolean().default(true),
    /** The reader's glossary, applied after (and over) the operator's. */
    glossary: z.array(glossaryEntrySchema).max(500).optional(),
    /**
     * The paragraphs on the reader's screen, [start, end): the engine is asked for them before
     * the rest, so what the reader sees arrives first.
     */
    first: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.paragraphs === undefined), {
    message: 'Send either "text" (a string) or "paragraphs" (an array of strings), not both.',
  });

export type TranslateRequest = z.output<typeof translateRequestSchema>;
