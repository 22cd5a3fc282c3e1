import { describe, expect, it } from "vitest";
import { memoryKey, translationCacheKey } from "@/lib/text/keys";

describe("translationCacheKey", () => {
  it("differs by engine, model, direction and text", () => {
    const parts = {
      engineId: "gloss",
      modelId: "default",
      source: "hi" as const,
      target: "en" as const,
      text: "नमस्ते",
    };
    const key = translationCacheKey(parts);
    expect(translationCacheKey({ ...parts })).toBe(key);
    expect(translationCacheKey({ ...parts, engineId: "openai" })).not.toBe(key);
    expect(translationCacheKey({ ...parts, modelId: "other" })).not.toBe(key);
    expect(translationCacheKey({ ...parts, source: "en", target: "hi" })).not.toBe(key);
    expect(translationCacheKey({ ...parts, text: "नमस्ते!" })).not.toBe(key);
  });
});

describe("memoryKey", () => {
  it("depends on direction and text but not on any engine", () => {
    const key = memoryKey("hi", "en", "नमस्ते");
    expect(key).toMatch(/^hi-en\.6\.[0-9a-f]{16}$/);
    expect(memoryKey("hi", "en", "नमस्ते")).toBe(key);
    expect(memoryKey("en", "hi", "नमस्ते")).not.toBe(key);
    expect(memoryKey("hi", "en", "नमस्ते!")).not.toBe(key);
  });
});
