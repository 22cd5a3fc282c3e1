import { describe, expect, it } from "vitest";
import { hindiKey } from "@/lib/text/hindi-key";

describe("hindiKey", () => {
  it.each([
    ["ज़िला", "जिला"],
    ["हँसना", "हंसना"],
    ["हिन्दी", "हिंदी"],
    ["सम्बन्ध", "संबंध"],
    ["लिये", "लिए"],
    ["गयी", "गई"],
    ["इस लिए", "इसलिए"],
    ["जम्मू-कश्मीर", "जम्मूकश्मीर"],
  ])("%s and %s share a key", (variant, standard) => {
    expect(hindiKey(variant)).toBe(hindiKey(standard));
  });

  it("keeps the short word ये (these) distinct from ए", () => {
    expect(hindiKey("ये")).not.toBe(hindiKey("ए"));
  });
});
