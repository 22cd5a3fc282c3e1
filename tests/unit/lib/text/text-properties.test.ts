import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import { segmentSentences } from "@/lib/text/sentences";

// Text built from the pieces news copy is made of, so that generated inputs hit the segmenters'
// interesting cases (terminators, quotes, abbreviations, joiners, odd whitespace) often.
const piece = fc.constantFrom(
  "बारिश",
  "हुई",
  "।",
  "॥",
  "?",
  "!",
  ".",
  "...",
  "…",
  "“",
  "”",
  '"',
  "'",
  "(",
  ")",
  "डॉ.",
  "एम.",
  "Dr.",
  "U.S.",
  "3.5",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\u00A0",
  "\u200B",
  "\u200D",
  "\u200C",
  "\r\n",
  "क्\u200Dष",
  "a",
  "B",
  "😀",
  "\uD800",
);
const newsText = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join("")),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 120 }),
);

describe("text pipeline properties", () => {
  it("paragraphs cover the normalised text exactly, in order, without overlap", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { normalized, paragraphs } = segmentParagraphs(text);
        expect(normalized).toBe(normalizeText(text));
        let cursor = 0;
        for (const paragraph of paragraphs) {
          expect(paragraph.start).toBeGreaterThanOrEqual(cursor);
          expect(normalized.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
          // Only whitespace lies between paragraphs; nothing is dropped.
          expect(normalized.slice(cursor, paragraph.start).trim()).toBe("");
          expect(paragraph.text).not.toContain("\n");
          expect(paragraph.text.trim()).toBe(paragraph.text);
          cursor = paragraph.end;
        }
        expect(normalized.slice(cursor).trim()).toBe("");
      }),
      { numRuns: 400 },
    );
  });

  it("sentences cover each paragraph exactly, in order, without overlap, in both languages", () => {
    fc.assert(
      fc.property(newsText, fc.constantFrom("hi" as const, "en" as const), (text, language) => {
        for (const paragraph of segmentParagraphs(text).paragraphs) {
          const sentences = segmentSentences(paragraph.text, language);
          let cursor = 0;
          for (const sentence of sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(cursor);
            expect(sentence.end).toBeGreaterThan(sentence.start);
            expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
            expect(paragraph.text.slice(cursor, sentence.start).trim()).toBe("");
            cursor = sentence.end;
          }
          expect(paragraph.text.slice(cursor).trim()).toBe("");
          expect(sentences.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("normalisation is idempotent and leaves no lone surrogate", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }),
      { numRuns: 400 },
    );
  });
});
