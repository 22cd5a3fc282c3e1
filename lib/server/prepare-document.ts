import "server-only";

import { detectLanguage } from "@/lib/text/detect-language";
import { hasTranslatableContent, normalizeParagraph } from "@/lib/text/normalize";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import type { LanguageCode } from "@/lib/text/language";
import { ApiError } from "./api-error";

export interface DocumentInput {
  text?: string | undefined;
  paragraphs?: string[] | undefined;
  source: LanguageCode | "auto";
  target?: LanguageCode | undefined;
}

export interface PreparedDocument {
  paragraphs: string[];
  source: LanguageCode;
  target: LanguageCode;
}

/**
 * Normalises and segments a request's text and settles its direction. `text` is cut into
 * paragraphs at line breaks; each element of `paragraphs` stays exactly one paragraph (so the
 * caller's indices hold), with inner line breaks folded to spaces.
 */
export function prepareDocument(
  input: DocumentInput,
  limits: { maxCharacters: number; maxParagraphs: number },
): PreparedDocument {
  const rawLength =
    input.text !== undefined
      ? input.text.length
      : (input.paragraphs ?? []).reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (rawLength > limits.maxCharacters) {
    throw new ApiError(
      "payload_too_large",
      `The text has ${rawLength.toLocaleString("en")} characters; the limit is ${limits.maxCharacters.toLocaleString("en")}.`,
    );
  }
  const paragraphs =
    input.text !== undefined
      ? segmentParagraphs(input.text).paragraphs.map((paragraph) => paragraph.text)
      : (input.paragraphs ?? []).map((paragraph) => normalizeParagraph(paragraph));
  if (paragraphs.length > limits.maxParagraphs) {
    throw new ApiError(
      "payload_too_large",
      `The text has ${paragraphs.length} paragraphs; the limit is ${limits.maxParagraphs}.`,
    );
  }
  if (!paragraphs.some((paragraph) => hasTranslatableContent(paragraph))) {
    throw new ApiError(
      "nothing_to_translate",
      "There is nothing to translate: the text is empty or has no words.",
    );
  }

  let source: LanguageCode;
  if (input.source === "auto") {
    const detected = detectLanguage(paragraphs.join("\n"));
    if (detected === null) {
      throw new ApiError(
        "language_not_detected",
        'The text is neither Hindi (Devanagari) nor English (Latin script); set "source" to translate it anyway.',
      );
    }
    source = detected;
  } else {
    source = input.source;
  }
  const target = input.target ?? (source === "hi" ? "en" : "hi");
  if (target === source) {
    throw new ApiError(
      "invalid_request",
      "target: the target language must differ from the source language.",
    );
  }
  return { paragraphs, source, target };
}
