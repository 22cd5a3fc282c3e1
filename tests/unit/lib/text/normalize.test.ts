import { describe, expect, it } from "vitest";
import {
  hasTranslatableContent,
  normalizeParagraph,
  normalizeText,
  replaceLoneSurrogates,
} from "@/lib/text/normalize";

describe("normalizeText", () => {
  it("composes to NFC", () => {
    // "é" as e + combining acute becomes the single precomposed character.
    expect(normalizeText("caf\u0065\u0301")).toBe("caf\u00e9");
  });

  it("removes control characters, zero-width spaces, BOM and bidi marks", () => {
    expect(normalizeText("\uFEFFदि\u200Bल्ली\u0007 में\u200E बारिश")).toBe("दिल्ली में बारिश");
  });

  it("keeps ZWJ and ZWNJ, which shape Devanagari conjuncts", () => {
    const withJoiners = "क्\u200Dष और क्\u200Cष";
    expect(normalizeText(withJoiners)).toBe(withJoiners);
  });

  it("folds runs of spaces, tabs and no-break spaces and trims each line", () => {
    expect(normalizeText("  एक\t\t दो\u00A0\u00A0तीन  \n  चार  ")).toBe("एक दो तीन\nचार");
  });

  it("turns CRLF, CR and Unicode line separators into newlines", () => {
    expect(normalizeText("a\r\nb\rc\u2028d\u2029e")).toBe("a\nb\nc\nd\ne");
  });

  it("replaces lone surrogates instead of dropping or crashing on them", () => {
    expect(replaceLoneSurrogates("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(normalizeText("ok \uD83D")).toBe("ok \uFFFD");
    // A valid pair (an emoji) is untouched.
    expect(normalizeText("खुशी 😀")).toBe("खुशी 😀");
  });

  it("folds a paragraph's inner line breaks to spaces", () => {
    expect(normalizeParagraph("पहली पंक्ति\nदूसरी  पंक्ति\n")).toBe("पहली पंक्ति दूसरी पंक्ति");
  });
});

describe("hasTranslatableContent", () => {
  it("is false for whitespace and punctuation only", () => {
    expect(hasTranslatableContent("  ।। ... — !? ")).toBe(false);
    expect(hasTranslatableContent("")).toBe(false);
  });

  it("is true for letters or digits in any script", () => {
    expect(hasTranslatableContent("२०२६")).toBe(true);
    expect(hasTranslatableContent("۔ اردو")).toBe(true);
    expect(hasTranslatableContent("ok")).toBe(true);
  });

  it("agrees with the Unicode letter-or-digit class on every character of the first plane", () => {
    // The quick ASCII-and-Devanagari check must never say yes where the full class says no:
    // Devanagari's signs, dandas and abbreviation mark are not letters.
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (hasTranslatableContent(character) !== letterOrDigit.test(character))
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
    expect(hasTranslatableContent("ं ः ।")).toBe(false);
  });
});
