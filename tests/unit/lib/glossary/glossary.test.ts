import { describe, expect, it } from "vitest";
import { entriesFor, parseGlossaryFile } from "@/lib/glossary/glossary";
import { protectTerms, restoreTerms } from "@/lib/glossary/placeholders";
import { translateChecked } from "@/lib/translation/checked-translation";
import { createFakeEngine } from "@/tests/support/fake-engine";

const patil = { term: "एमबी पाटिल", language: "hi" as const, rendering: "M.B. Patil" };

describe("glossary files", () => {
  it("reads tab-separated lines and JSON, and names the bad line", () => {
    expect(parseGlossaryFile("# names\nhi\tएमबी पाटिल\tM.B. Patil\nen\tISRO\t\n")).toEqual([
      patil,
      { term: "ISRO", language: "en", rendering: null },
    ]);
    expect(parseGlossaryFile(JSON.stringify([patil]))).toEqual([patil]);
    expect(() => parseGlossaryFile("hi\tok\nfr\tnon\t")).toThrow(/line 2/);
  });

  it("applies entries of the source language, the later entry for a term winning", () => {
    expect(
      entriesFor(
        [
          patil,
          { ...patil, rendering: "Mallanagouda Patil" },
          { term: "x", language: "en", rendering: null },
        ],
        "hi",
      ),
    ).toEqual([{ ...patil, rendering: "Mallanagouda Patil" }]);
  });
});

describe("placeholders", () => {
  it("protects whole words only, longest term first", () => {
    const entries = entriesFor(
      [patil, { term: "पाटिल", language: "hi", rendering: "Patil" }],
      "hi",
    );
    expect(protectTerms("एमबी पाटिल और पाटिलों के पाटिल", entries)).toEqual({
      text: "GX1Q और पाटिलों के GX2Q",
      slots: ["M.B. Patil", "Patil"],
    });
  });

  it("repairs case and spacing the engine changed, and names a lost placeholder", () => {
    expect(restoreTerms("gx 1 q and GX2Q's", ["A", "B"])).toEqual({
      text: "A and B's",
      missing: [],
    });
    expect(restoreTerms("only GX2Q", ["A", "B"])).toEqual({ text: "only B", missing: [1] });
  });
});

describe("translateChecked", () => {
  it("sends placeholders, restores renderings and falls back without the glossary when one is lost", async () => {
    // Loses the placeholder in any text that mentions the minister.
    const engine = createFakeEngine({
      respond: ({ segments }) => ({
        translations: segments.map((text) =>
          text.includes("मंत्री") ? text.replace(/GX\d+Q/g, "") : `EN ${text}`,
        ),
      }),
    });
    const results = await translateChecked({
      engine,
      paragraphs: ["एमबी पाटिल बोले।", "मंत्री एमबी पाटिल बोले।"],
      source: "hi",
      target: "en",
      glossary: [patil],
    });
    expect(engine.calls.flat()).toEqual(["GX1Q बोले।", "मंत्री GX1Q बोले।", "मंत्री एमबी पाटिल बोले।"]);
    expect(results.map((result) => [result.source, result.translation, result.factIssues])).toEqual(
      [
        ["एमबी पाटिल बोले।", "EN M.B. Patil बोले।", []],
        [
          "मंत्री एमबी पाटिल बोले।",
          "मंत्री एमबी पाटिल बोले।",
          [{ kind: "name", source: "एमबी पाटिल", translation: null }],
        ],
      ],
    );
  });
});

describe("the gloss engine and the glossary", () => {
  it("copies placeholders through, so every term is restored without a second call", async () => {
    const { createGlossEngine } = await import("@/lib/translation/engines/gloss/gloss-engine");
    const gloss = createGlossEngine();
    const segments: string[] = [];
    const engine = {
      ...gloss,
      doTranslate: (options: Parameters<typeof gloss.doTranslate>[0]) => {
        segments.push(...options.segments);
        return gloss.doTranslate(options);
      },
    };
    const [result] = await translateChecked({
      engine,
      paragraphs: ["परिवहन मंत्री एम. बी. पाटिल ने बेंगलुरु में इलेक्ट्रिक बसें देखीं।"],
      source: "hi",
      target: "en",
      glossary: [
        { term: "एम. बी. पाटिल", language: "hi", rendering: "M.B. Patil" },
        { term: "बेंगलुरु", language: "hi", rendering: "Bengaluru" },
        { term: "इलेक्ट्रिक बसें", language: "hi", rendering: null },
      ],
    });
    // Longest term first: GX1Q is "इलेक्ट्रिक बसें".
    expect(segments).toEqual(["परिवहन मंत्री GX2Q ने GX3Q में GX1Q देखीं।"]);
    expect(result?.translation).toMatch(/M\.B\. Patil/);
    expect(result?.translation).toMatch(/Bengaluru/);
    expect(result?.translation).toMatch(/इलेक्ट्रिक बसें/);
    expect(result?.factIssues).toEqual([]);
  });
});
