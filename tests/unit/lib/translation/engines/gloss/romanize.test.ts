import { describe, expect, it } from "vitest";
import { romanize, romanizeWord } from "@/lib/translation/engines/gloss/romanize";

describe("romanizeWord", () => {
  it.each([
    ["पाटिल", "patil"],
    ["बेंगलुरु", "bengaluru"],
    ["राजनीति", "rajniti"],
    ["कमला", "kamla"],
    ["समझना", "samajhna"],
    ["नरेंद्र", "narendra"],
    ["मित्र", "mitra"],
    ["इलेक्ट्रिक", "ilektrik"],
    ["चार्जिंग", "charjing"],
    ["ज़िला", "zila"],
    ["अंबेडकर", "ambedkar"],
  ])("%s → %s", (hindi, latin) => {
    expect(romanizeWord(hindi)).toBe(latin);
  });

  it("converts Devanagari digits and dandas in running text", () => {
    expect(romanize("रमेश २०२६ में।")).toBe("ramesh 2026 men.");
  });
});
