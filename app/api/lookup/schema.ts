import { z } from "zod";

/** GET /api/lookup?word=…&language=hi|en: one word, as the reader's popover asks for it. */
export const lookupQuerySchema = z.object({
  word: z
    .string()
    .trim()
    .min(1, "Send a word.")
    .max(64, "A word is at most 64 characters.")
    .regex(/^[^\s]+$/u, "Send one word, without spaces."),
  language: z.enum(["hi", "en"]),
});

const partOfSpeech = z
  .enum([
    "noun",
    "proper-noun",
    "verb",
    "adjective",
    "adverb",
    "pronoun",
    "number",
    "postposition",
    "conjunction",
    "auxiliary",
  ])
  .nullable();

/** The answer; the client validates it too, so a stale or foreign response is not shown. */
export const lookupResponseSchema = z.object({
  word: z.string(),
  language: z.enum(["hi", "en"]),
  lemma: z.string().nullable(),
  partOfSpeech,
  form: z
    .enum([
      "plural",
      "infinitive",
      "perfective",
      "imperfective",
      "future",
      "imperative",
      "subjunctive",
      "present",
      "stem",
      "agentive",
    ])
    .nullable(),
  meanings: z.array(
    z.object({ text: z.string(), partOfSpeech, romanization: z.string().nullable() }),
  ),
  romanization: z.string().nullable(),
});
