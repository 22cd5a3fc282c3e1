import { extractiveSummary } from "@/lib/summary/extractive-summary";
import { normalizeParagraph } from "@/lib/text/normalize";
import { translateParagraphs, type TranslateInput } from "./api-client";
import { isBrowserEngine } from "./browser-engine-ids";
import type { ApiSummary } from "@/lib/api/wire-types";

/**
 * The extractive summary made in the browser: the article's central sentences are picked here
 * (the same TextRank code the server runs), a sentence that is a whole paragraph takes that
 * paragraph's translation, and the others go to the article's own engine, so a browser engine's
 * summary never touches the server.
 */
export async function summarizeInBrowser(
  input: TranslateInput,
  translations: readonly (string | null)[],
  signal?: AbortSignal,
  maxBullets = 6,
): Promise<ApiSummary> {
  const paragraphs = input.paragraphs.map((paragraph) => normalizeParagraph(paragraph));
  const picked = extractiveSummary(paragraphs, input.source, { maxBullets });
  const known = picked.map((sentence) => {
    const paragraph = paragraphs[sentence.paragraph] ?? "";
    const supplied = translations[sentence.paragraph];
    return sentence.start === 0 &&
      sentence.end === paragraph.length &&
      typeof supplied === "string" &&
      supplied.trim() !== ""
      ? supplied
      : undefined;
  });
  const pending = picked.filter((_, index) => known[index] === undefined).map((item) => item.text);
  const rendered =
    pending.length === 0
      ? []
      : isBrowserEngine(input.engine)
        ? await (
            await import("./browser-translation")
          ).translateInBrowser({ ...input, paragraphs: pending })
        : await translateParagraphs({ ...input, paragraphs: pending }, signal);
  let next = 0;
  return {
    method: "extractive",
    source: input.source,
    target: input.target,
    bullets: picked.map((sentence, index) => {
      const supplied = known[index];
      const result = supplied === undefined ? rendered[next++] : undefined;
      return {
        source: sentence.text,
        translation: supplied ?? result?.translation ?? null,
        paragraphs: [sentence.paragraph],
        sentences: [{ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end }],
        engine: supplied === undefined ? (result?.engine ?? input.engine) : "provided",
        ...(result?.error ? { error: result.error } : {}),
      };
    }),
  };
}
