import { z } from "zod";

/** The longest correction of one paragraph the app keeps. */
export const MAX_EDIT_CHARACTERS = 20_000;

/** A source paragraph may be as long as a whole article (one paragraph with no breaks). */
const MAX_SOURCE_CHARACTERS = 200_000;

export const createRevisionSchema = z
  .object({
    source: z.enum(["hi", "en"]),
    target: z.enum(["hi", "en"]),
    /** The source paragraph, exactly as the reader shows it. */
    sourceText: z.string().min(1).max(MAX_SOURCE_CHARACTERS),
    /** The corrected rendering; checked for emptiness and length by the handler. */
    text: z.string(),
    /** The text the editor started from. */
    previousText: z
      .string()
      .max(MAX_EDIT_CHARACTERS * 2)
      .nullish(),
    /** The revision the editor started from; null when it was the engine's text. */
    baseRevisionId: z.number().int().positive().nullish(),
    author: z
      .string()
      .trim()
      .max(80, "A name can be at most 80 characters.")
      .nullish()
      .transform((value) => (value ? value : null)),
    documentId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{22}$/)
      .nullish(),
    position: z.number().int().min(0).nullish(),
  })
  .refine((body) => body.source !== body.target, {
    message: "source and target must be different languages.",
  });

export const listRevisionsQuerySchema = z.object({
  key: z.string().regex(/^(hi|en)-(hi|en)\.\d{1,9}\.[0-9a-f]{16}$/, "key is not a paragraph key."),
});
