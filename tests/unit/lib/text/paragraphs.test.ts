import { describe, expect, it } from "vitest";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";

describe("segmentParagraphs", () => {
  it("ends a paragraph at every line break and collapses blank lines", () => {
    const { normalized, paragraphs } = segmentParagraphs(
      "पहला अनुच्छेद।\n\n\n  दूसरा अनुच्छेद।\nतीसरा।\n",
    );
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "पहला अनुच्छेद।",
      "दूसरा अनुच्छेद।",
      "तीसरा।",
    ]);
    for (const paragraph of paragraphs) {
      expect(normalized.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  it("never merges or splits: the sample keeps all its lines", () => {
    const lines = HINDI_SAMPLE.text.split("\n");
    const { paragraphs } = segmentParagraphs(HINDI_SAMPLE.text);
    expect(paragraphs).toHaveLength(lines.length);
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(lines);
  });

  it("returns nothing for whitespace-only input", () => {
    expect(segmentParagraphs(" \n\t\n\u200B\n").paragraphs).toEqual([]);
  });

  it("handles 2,000 one-word paragraphs", () => {
    const text = Array.from({ length: 2000 }, (_, index) => `शब्द${index}`).join("\n");
    const { paragraphs } = segmentParagraphs(text);
    expect(paragraphs).toHaveLength(2000);
    expect(paragraphs[1999]?.text).toBe("शब्द1999");
  });

  it("offsets work for raw, unnormalised input when asked to skip normalisation", () => {
    const raw = "  a  \n\nb";
    const { paragraphs } = segmentParagraphs(raw, { alreadyNormalized: true });
    expect(paragraphs).toEqual([
      { text: "a", start: 2, end: 3 },
      { text: "b", start: 7, end: 8 },
    ]);
  });
});
