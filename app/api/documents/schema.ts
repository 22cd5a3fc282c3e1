import { z } from "zod";

const language = z.enum(["hi", "en"]);
const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const summaryBulletSchema = z.object({
  source: z.string().max(20_000),
  translation: z.string().max(40_000).nullable(),
  paragraphs: z.array(z.number().int().min(0)).max(100),
  sentences: z
    .array(
      z.object({
        paragraph: z.number().int().min(0),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
      }),
    )
    .max(100),
  engine: z.string().max(200),
  error: z.object({ code: z.string().max(100), message: z.string().max(2_000) }).optional(),
});

export const summarySchema = z.object({
  method: z.enum(["extractive", "llm"]),
  bullets: z.array(summaryBulletSchema).max(20),
});

/**
 * The first paragraph index a summary cites that its document does not have, if any: a bullet
 * citing paragraph 999 of a 12-paragraph document would print "(paragraph 1000)" in exports and
 * link to nothing.
 */
export function missingCitedParagraph(
  summary: z.output<typeof summarySchema>,
  paragraphCount: number,
): number | undefined {
  for (const bullet of summary.bullets) {
    const cited = [...bullet.paragraphs, ...bullet.sentences.map((sentence) => sentence.paragraph)];
    const missing = cited.find((index) => index >= paragraphCount);
    if (missing !== undefined) return missing;
  }
  return undefined;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const createDocumentSchema = z
  .object({
    title: optionalText(500),
    byline: optionalText(500),
    sourceUrl: z
      .string()
      .trim()
      .max(2_000)
      .regex(/^https?:\/\/\S+$/i, "sourceUrl must be an http:// or https:// address.")
      .nullish()
      .transform((value) => value ?? null),
    source: language,
    target: language,
    engine: z.string().trim().min(1).max(200),
    paragraphs: z
      .array(
        z.object({
          source: z.string(),
          translation: z.string().nullable(),
          engine: z.string().trim().min(1).max(200),
          fallback: z.boolean().default(false),
          // True when this row continues the original paragraph of the row before (a long
          // paragraph split into rows); exports join such rows back together.
          continues: z.boolean().default(false),
          sentences: z
            .array(z.object({ source: range, target: range }))
            .max(2_000)
            .default([]),
        }),
      )
      .min(1, "A document needs at least one paragraph."),
    summary: summarySchema.nullish(),
  })
  .refine((body) => body.source !== body.target, {
    message: "source and target must be different languages.",
  })
  .refine(
    (body) =>
      body.summary == null ||
      missingCitedParagraph(body.summary, body.paragraphs.length) === undefined,
    { message: "The summary cites a paragraph the document does not have.", path: ["summary"] },
  );

export type CreateDocumentRequest = z.output<typeof createDocumentSchema>;
