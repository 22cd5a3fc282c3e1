import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  packBatches,
  segmentParagraphsForLimit,
  splitForLimit,
  type Segment,
} from "@/lib/translation/chunking";

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

  // The fewest requests the limits allow, filling each to the limits in order (the reference).
  const fewestRequests = (
    segments: readonly Segment[],
    maxSegments: number,
    maxCharacters: number,
  ) => {
    let count = 0;
    let size = 0;
    let characters = 0;
    for (const segment of segments) {
      if (size === 0 || size >= maxSegments || characters + segment.text.length > maxCharacters) {
        count += 1;
        size = 0;
        characters = 0;
      }
      size += 1;
      characters += segment.text.length;
    }
    return count;
  };

  it("uses no more requests than filling each one to the limits would", () => {
    fc.assert(
      fc.property(
        segmentsArbitrary,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 80 }),
        (segments, maxSegments, maxCharacters) => {
          expect(packBatches(segments, maxSegments, maxCharacters)).toHaveLength(
            fewestRequests(segments, maxSegments, maxCharacters),
          );
        },
      ),
    );
  });

  const alike = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ paragraph: index, text: "एक अनुच्छेद।" }));
  const sizes = (batches: { segments: unknown[] }[]) =>
    batches.map((batch) => batch.segments.length);

  it("evens out the requests instead of leaving a small remainder last", () => {
    expect(sizes(packBatches(alike(60), 50, 100_000))).toEqual([30, 30]);
    expect(sizes(packBatches(alike(60), 20, 100_000))).toEqual([20, 20, 20]);
    expect(sizes(packBatches(alike(5), 50, 100_000))).toEqual([5]);
  });

  it("gives what is left over to the first request, which then comes back first", () => {
    expect(sizes(packBatches(alike(61), 20, 100_000))).toEqual([13, 16, 16, 16]);
    // Bound by characters: twelve paragraphs of 10 characters, 50 per request.
    const tens = Array.from({ length: 12 }, (_, index) => ({
      paragraph: index,
      text: "x".repeat(10),
    }));
    expect(sizes(packBatches(tens, 50, 50))).toEqual([4, 4, 4]);
  });
});
