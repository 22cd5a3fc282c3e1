import { z } from "zod";

/** The longest correction of one paragraph the app keeps. */
export const MAX_EDIT_CHARACTERS = 20_000;

/** A source paragraph may be as long as a whole article (one paragraph with no breaks). */
const MAX_SOURCE_CHARACTERS = 200_000;

/**
 * A correction (with the document's edit key) or a suggestion (`suggest: true`, without it) of
 * one paragraph of one saved document. The paragraph's text and languages come from the
 * document itself; `sourceText`, when sent, must match it.
 */
export const createRevisionSchema = z
  .object({
    documentId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, "documentId is not a document id."),
    /** The paragraph's position in the document, from 0. */
    position: z.number().int().min(0),
    source: z.enum(["hi", "en"]).optional(),
    target: z.enum(["hi", "en"]).optional(),
    /** The source paragraph, exactly as the reader shows it. */
    sourceText: z.string().min(1).max(MAX_SOURCE_CHARACTERS).optional(),
    /** The corrected rendering; checked for emptiness and length by the handler. */
    text: z.string(),
    /** The text the editor started from. */
    previousText: z
      .string()
      .max(MAX_EDIT_CHARACTERS * 2)
      .nullish(),
    /** The revision the editor started from; null when it was the engine's text. */
    baseRevisionId: z.number().int().positive().nullish(),
    /** A display name the editor typed: self-declared, never verified. */
    author: z
      .string()
      .trim()
      .max(80, "A name can be at most 80 characters.")
      .nullish()
      .transform((value) => (value ? value : null)),
    /** Propose the text as a suggestion, for readers without the edit key. */
    suggest: z.boolean().optional(),
  })
  .refine((body) => body.source === undefined || body.source !== body.target, {
    message: "source and target must be different languages.",
  });

export const listRevisionsQuerySchema = z.object({
  position: z
    .string()
    .regex(/^\d{1,6}$/, "position must be a paragraph number from 0.")
    .transform(Number),
});
