import { describe, expect, it } from "vitest";
import { untranslatedWords } from "@/lib/transliteration/untranslated-words";

describe("untranslatedWords", () => {
  it("finds the Hindi words an engine wrote out by sound, with their source", () => {
    const found = untranslatedWords(
      "Minister Patil inaugurated the Krishnagiri bridge.",
      "मंत्री पाटिल ने कृष्णगिरि पुल का उद्घाटन किया।",
    );
    expect([...found]).toEqual([
      ["Patil", "पाटिल"],
      ["Krishnagiri", "कृष्णगिरि"],
    ]);
  });

  it("finds nothing in a real translation", () => {
    expect(untranslatedWords("The city got rain.", "शहर में बारिश हुई।").size).toBe(0);
  });

  it("matches hyphenated words part by part and ignores case", () => {
    expect([...untranslatedWords("the RAM-SHYAM duo", "राम-श्याम की जोड़ी")]).toEqual([
      ["RAM-SHYAM", "राम-श्याम"],
    ]);
  });
});

describe("untranslatedWords and common words", () => {
  it("does not take a lower-case English word for a name", () => {
    // "ram" is romanised राम, but a lower-case "ram" is the English word.
    expect(untranslatedWords("a ram and a sheep", "राम").size).toBe(0);
  });
});
