import { describe, expect, it } from "vitest";
import {
  hasDevanagari,
  romanizeHindi,
  romanizeIso15919,
} from "@/lib/transliteration/hindi-romanization";

const SENTENCE = "केंद्र सरकार ने नई योजना की घोषणा की।";

describe("romanizeHindi", () => {
  it("writes Hinglish as Hindi is spoken: no inherent vowel at word ends, no diacritics", () => {
    expect(romanizeHindi(SENTENCE, "hinglish")).toBe("kendra sarkar ne nai yojna ki ghoshna ki.");
  });

  it("writes ISO 15919 letter for letter, with long vowels, anusvara and retroflexes marked", () => {
    expect(romanizeHindi(SENTENCE, "iso15919")).toBe(
      "kēṁdra sarakāra nē naī yōjanā kī ghōṣaṇā kī.",
    );
  });

  it("keeps Latin text, numbers and punctuation, and turns Devanagari digits into ASCII", () => {
    const text = "पाटिल (ANI) ने कहा: १२३ स्कूल, 45%";
    expect(romanizeHindi(text, "hinglish")).toBe("patil (ANI) ne kaha: 123 skul, 45%");
    expect(romanizeHindi(text, "iso15919")).toBe("pāṭila (ANI) nē kahā: 123 skūla, 45%");
  });

  it("reads nukta letters in both spellings (precomposed and with the sign)", () => {
    expect(romanizeIso15919("ज़िंदगी")).toBe("ziṁdagī");
    expect(romanizeIso15919("\u095Bिंदगी")).toBe("ziṁdagī");
    expect(romanizeIso15919("पढ़ाई")).toBe("paṛhāī");
  });

  it("separates an inherent a from a following i or u, as ISO 15919 does", () => {
    expect(romanizeIso15919("कइ")).toBe("ka:i");
  });

  it("handles half letters, visarga and chandrabindu", () => {
    expect(romanizeIso15919("दुःख")).toBe("duḥkha");
    expect(romanizeIso15919("हँसी")).toBe("ham̐sī");
    expect(romanizeIso15919("प्रधानमंत्री")).toBe("pradhānamaṁtrī");
  });

  it("tells whether a text has Devanagari", () => {
    expect(hasDevanagari("Hello.")).toBe(false);
    expect(hasDevanagari("नमस्ते")).toBe(true);
  });
});
