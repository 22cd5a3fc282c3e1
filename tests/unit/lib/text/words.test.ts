import { describe, expect, it } from "vitest";
import { wordAt, wordRanges } from "@/lib/text/words";

describe("words", () => {
  it("keeps Devanagari vowel signs and virama inside a word", () => {
    expect(wordRanges("मुख्यमंत्री ने कहा।").map((range) => range.word)).toEqual([
      "मुख्यमंत्री",
      "ने",
      "कहा",
    ]);
  });

  it("keeps apostrophes and hyphens inside English words, drops bare numbers", () => {
    expect(wordRanges("Don't cut 525 long-term jobs.").map((range) => range.word)).toEqual([
      "Don't",
      "cut",
      "long-term",
      "jobs",
    ]);
  });

  it("finds the word at an offset, at its end, and nothing between words", () => {
    const text = "The city, again";
    expect(wordAt(text, 5)?.word).toBe("city");
    expect(wordAt(text, 8)?.word).toBe("city");
    expect(wordAt(text, 9)).toBeNull();
    expect(wordAt(text, 10)?.word).toBe("again");
  });
});
