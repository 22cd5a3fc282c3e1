import { describe, expect, it } from "vitest";
import { detectLanguage, profileScripts } from "@/lib/text/detect-language";

describe("detectLanguage", () => {
  it("detects Hindi, even with Latin brand names inside", () => {
    expect(detectLanguage("टाटा मोटर्स ने Nexon EV की कीमत घटाई।")).toBe("hi");
  });

  it("detects English", () => {
    expect(detectLanguage("The monsoon reached Bhopal early.")).toBe("en");
  });

  it("returns null when neither script is present", () => {
    expect(detectLanguage("123 — 😀")).toBeNull();
    expect(detectLanguage("یہ اردو ہے")).toBeNull();
  });

  it("counts Arabic-script letters separately", () => {
    const profile = profileScripts("हिंदी اردو");
    expect(profile.devanagari).toBeGreaterThan(0);
    expect(profile.arabic).toBe(4);
  });
});
