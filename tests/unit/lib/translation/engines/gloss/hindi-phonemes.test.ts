import { describe, expect, it } from "vitest";
import { hindiPhonemes } from "@/lib/translation/engines/gloss/hindi-phonemes";

describe("Devanagari to phonemes", () => {
  it("drops the final inherent vowel and keeps the medial one as a schwa", () => {
    expect(hindiPhonemes("सोशल")).toBe("sOS^l");
    expect(hindiPhonemes("हैंडल")).toBe("h@nd^l");
  });

  it("reads a nukta as the changed consonant", () => {
    expect(hindiPhonemes("फ़ोन")).toBe("fOn");
    expect(hindiPhonemes("वीज़ा")).toBe("vIza");
    expect(hindiPhonemes("सड़क")).toBe("s^r^k");
  });

  it("reads ऑ and its sign as the open o of English loans", () => {
    expect(hindiPhonemes("प्लेटफ़ॉर्म")).toBe("plEt^form");
    expect(hindiPhonemes("ऑफिस")).toBe("ofis");
  });

  it("turns anusvara and chandrabindu into the nasal of the next consonant", () => {
    expect(hindiPhonemes("कंप्यूटर")).toBe("k^mpyUt^r");
    expect(hindiPhonemes("इंटरनेट")).toBe("int^r^nEt");
    expect(hindiPhonemes("चार्जिंग")).toBe("carjiN");
    expect(hindiPhonemes("वाशिंगटन")).toBe("vaSiNt^n");
    expect(hindiPhonemes("हँसी")).toBe("h^nsI");
  });

  it("keeps vowels, so short words are not a bare consonant outline", () => {
    expect(hindiPhonemes("बस")).toBe("b^s");
    expect(hindiPhonemes("डायनासोर")).toBe("day^nasOr");
  });
});
