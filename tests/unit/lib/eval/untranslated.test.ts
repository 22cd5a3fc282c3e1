import { describe, expect, it } from "vitest";
import { untranslatedWords } from "@/lib/eval/untranslated";

const english = new Set(["the", "investment", "in", "rose", "india"]);

describe("untranslated-words figure", () => {
  it("counts English-target words that are neither English nor in the line's reference", () => {
    const figure = untranslatedWords(
      ["The Nivesh in Karnataka rose", "Patil said"],
      ["Investment in Karnataka rose", "Patil spoke"],
      "en",
      english,
    );
    // 4 + 2 words; "Nivesh" is untranslated, "Karnataka" and "Patil" are in their references,
    // "said" is neither in the word list nor the reference.
    expect(figure.words).toBe(7);
    expect(figure.untranslated).toBe(2);
    expect(figure.examples.map(([word]) => word).sort()).toEqual(["Nivesh", "said"]);
    expect(figure.percent).toBeCloseTo((100 * 2) / 7, 10);
  });

  it("reads a possessive as its word and leftover Devanagari as untranslated", () => {
    const figure = untranslatedWords(["India's निवेश"], ["India invests"], "en", english);
    expect(figure.untranslated).toBe(1);
    expect(figure.examples).toEqual([["निवेश", 1]]);
  });

  it("counts Hindi-target words in Latin script that the reference does not have", () => {
    const figure = untranslatedWords(
      ["सरकार a Tuesday ISRO घोषणा"],
      ["सरकार ने मंगलवार को ISRO की घोषणा"],
      "hi",
      english,
    );
    expect(figure.words).toBe(5);
    expect(figure.untranslated).toBe(2);
  });

  it("is zero for no output", () => {
    expect(untranslatedWords([""], ["x"], "en", english).percent).toBe(0);
  });
});
