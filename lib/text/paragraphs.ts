import { normalizeText } from "./normalize";

/** One paragraph of a document, with its position in the normalised text. */
export interface ParagraphSpan {
  /** The paragraph's text, exactly `normalized.slice(start, end)`. */
  text: string;
  /** Offset of the first character in the normalised document. */
  start: number;
  /** Offset one past the last character in the normalised document. */
  end: number;
}

/**
 * Splits a document into paragraphs. Every line break ends a paragraph, because pasted news
 * text rarely wraps lines inside a paragraph, while a missing blank line between two
 * paragraphs is common. Empty lines only separate; they never produce a paragraph.
 *
 * Offsets point into `normalizeText(text)`; pass `alreadyNormalized` to skip that step.
 */
export function segmentParagraphs(
  text: string,
  options: { alreadyNormalized?: boolean } = {},
): { normalized: string; paragraphs: ParagraphSpan[] } {
  const normalized = options.alreadyNormalized ? text : normalizeText(text);
  const paragraphs: ParagraphSpan[] = [];
  let lineStart = 0;
  while (lineStart <= normalized.length) {
    const breakAt = normalized.indexOf("\n", lineStart);
    const lineEnd = breakAt === -1 ? normalized.length : breakAt;
    const line = normalized.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      // Lines are already trimmed by normalisation, but callers may pass raw text.
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      paragraphs.push({
        text: trimmed,
        start: lineStart + leading,
        end: lineStart + leading + trimmed.length,
      });
    }
    if (breakAt === -1) break;
    lineStart = breakAt + 1;
  }
  return { normalized, paragraphs };
}
