import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reassembleParagraph, type TranslatedPiece } from "@/lib/translation/reassemble";

// Words without spaces, so pieces joined by single spaces can be found again in the paragraph.
const word = fc.stringMatching(/^[a-zअ-ह]{1,8}$/);
const pieceText = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));

/** A piece translated with its whole self aligned as one sentence, as a sentence-wise engine does. */
const translatedPiece = fc
  .record({ text: pieceText, translation: pieceText })
  .map(({ text, translation }): TranslatedPiece => ({
    text,
    translation,
    alignment: [{ source: [0, text.length], target: [0, translation.length] }],
  }));

describe("reassembleParagraph", () => {
  it("maps each piece's alignment to the piece's own text in the paragraph and its translation", () => {
    fc.assert(
      fc.property(fc.array(translatedPiece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const paragraph = pieces.map((piece) => piece.text).join(" ");
        const { translation, sentences } = reassembleParagraph(paragraph, pieces, "en", "hi");
        expect(translation).toBe(pieces.map((piece) => piece.translation).join(" "));
        expect(sentences).toHaveLength(pieces.length);
        sentences.forEach((pair, position) => {
          expect(paragraph.slice(pair.source[0], pair.source[1])).toBe(pieces[position]?.text);
          expect(translation.slice(pair.target[0], pair.target[1])).toBe(
            pieces[position]?.translation,
          );
        });
      }),
    );
  });

  it("keeps every mapped range inside the paragraph and the translation, in increasing order", () => {
    fc.assert(
      fc.property(fc.array(translatedPiece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const paragraph = pieces.map((piece) => piece.text).join(" ");
        const { translation, sentences } = reassembleParagraph(paragraph, pieces, "en", "hi");
        let lastSource = 0;
        let lastTarget = 0;
        for (const pair of sentences) {
          expect(pair.source[0]).toBeGreaterThanOrEqual(lastSource);
          expect(pair.target[0]).toBeGreaterThanOrEqual(lastTarget);
          expect(pair.source[1]).toBeLessThanOrEqual(paragraph.length);
          expect(pair.target[1]).toBeLessThanOrEqual(translation.length);
          lastSource = pair.source[1];
          lastTarget = pair.target[1];
        }
      }),
    );
  });

  it("aligns the whole paragraph afresh when any piece came without an alignment", () => {
    const pieces: TranslatedPiece[] = [
      { text: "One.", translation: "एक।", alignment: [{ source: [0, 4], target: [0, 3] }] },
      { text: "Two.", translation: "दो।" },
    ];
    const { translation, sentences } = reassembleParagraph("One. Two.", pieces, "en", "hi");
    expect(translation).toBe("एक। दो।");
    expect(sentences.map((pair) => translation.slice(pair.target[0], pair.target[1]))).toEqual([
      "एक।",
      "दो।",
    ]);
  });
});
