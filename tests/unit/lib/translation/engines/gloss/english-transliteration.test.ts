import { describe, expect, it } from "vitest";
import { transliterateEnglish } from "@/lib/translation/engines/gloss/english-transliteration";

describe("English names in Devanagari", () => {
  it("writes names by their spelling", () => {
    expect(transliterateEnglish("Smith")).toBe("स्मिथ");
    expect(transliterateEnglish("Bhopal")).toBe("भोपाल");
    expect(transliterateEnglish("Kumar")).toBe("कुमार");
    expect(transliterateEnglish("Singh")).toBe("सिंह");
    expect(transliterateEnglish("charging")).toBe("चार्जिंग");
    expect(transliterateEnglish("station")).toMatch(/शन$/);
  });

  it("drops anything that is not a letter", () => {
    expect(transliterateEnglish("O'Neil-3")).not.toMatch(/[A-Za-z0-9'-]/);
    expect(transliterateEnglish("")).toBe("");
  });
});
