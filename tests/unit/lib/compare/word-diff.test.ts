import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/compare/word-diff";

const marked = (parts: { text: string; changed: boolean }[]) =>
  parts.filter((part) => part.changed).map((part) => part.text.trim());

describe("diffWords", () => {
  it("marks the words only one side has, ignoring case and punctuation", () => {
    const { a, b } = diffWords(
      "The minister said 525 people were hurt.",
      "the Minister told that 500 people were injured",
    );
    expect(marked(a)).toEqual(["said 525", "hurt."]);
    expect(marked(b)).toEqual(["told that 500", "injured"]);
    expect(a.map((part) => part.text).join("")).toBe("The minister said 525 people were hurt.");
    expect(b.map((part) => part.text).join("")).toBe(
      "the Minister told that 500 people were injured",
    );
  });

  it("marks nothing in identical texts and everything against an empty one", () => {
    expect(marked(diffWords("सब ठीक है।", "सब ठीक है।").a)).toEqual([]);
    expect(diffWords("दो शब्द", "")).toEqual({ a: [{ text: "दो शब्द", changed: true }], b: [] });
  });
});
