import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packBatches, segmentParagraphsForLimit, splitForLimit } from "@/lib/translation/chunking";

describe("splitForLimit", () => {
  it("falls back to spaces, then to hard cuts, and never loses characters", () => {
    const text = "short. averyveryverylongwordwithoutspaces and more";
    const pieces = splitForLimit(text, "en", 10);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(10);
    expect(pieces.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
  });

  it("keeps a paragraph within the limit whole", () => {
    expect(splitForLimit("दो वाक्य। दूसरा।", "hi", 100)).toEqual(["दो वाक्य। दूसरा।"]);
  });
});

describe("segmentParagraphsForLimit", () => {
  it("cuts only the paragraphs asked for, in document order, each piece naming its paragraph", () => {
    const segments = segmentParagraphsForLimit(
      ["One. Two.", "skipped", "Three. Four."],
      [0, 2],
      "en",
      7,
    );
    expect(segments).toEqual([
      { paragraph: 0, text: "One." },
      { paragraph: 0, text: "Two." },
      { paragraph: 2, text: "Three." },
      { paragraph: 2, text: "Four." },
    ]);
  });
});

describe("packBatches", () => {
  const segmentsArbitrary = fc.array(
    fc.record({ paragraph: fc.nat(20), text: fc.string({ minLength: 1, maxLength: 30 }) }),
    { maxLength: 60 },
  );

  it("keeps every segment once, in order, within both limits (a lone segment may exceed)", () => {
    fc.assert(
      fc.property(
        segmentsArbitrary,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 80 }),
        (segments, maxSegments, maxCharacters) => {
          const batches = packBatches(segments, maxSegments, maxCharacters);
          expect(batches.flatMap((batch) => batch.segments)).toEqual(segments);
          for (const batch of batches) {
            expect(batch.segments.length).toBeGreaterThan(0);
            expect(batch.segments.length).toBeLessThanOrEqual(maxSegments);
            const characters = batch.segments.reduce(
              (sum, segment) => sum + segment.text.length,
              0,
            );
            if (batch.segments.length > 1) expect(characters).toBeLessThanOrEqual(maxCharacters);
          }
        },
      ),
    );
  });
});
