import { describe, expect, it } from "vitest";
import { engineLabel } from "@/components/engines/engine-labels";
import { createClientI18n } from "@/lib/i18n/client";

describe("engine labels", () => {
  const english = createClientI18n("en").t;
  const hindi = createClientI18n("hi").t;

  it("names each engine family in the interface language", () => {
    const gloss = { engineId: "gloss", modelId: "default" };
    expect(engineLabel(gloss, english)).toBe("Offline gloss — rough word-by-word draft");
    expect(engineLabel(gloss, hindi)).toBe("ऑफ़लाइन शब्दार्थ — शब्द-दर-शब्द कच्चा मसौदा");
    expect(engineLabel({ engineId: "auto", modelId: "default" }, hindi)).toMatch(/स्वचालित/);
  });

  it("names the model where the model changes what the reader gets", () => {
    expect(engineLabel({ engineId: "openai", modelId: "qwen2.5" }, english)).toBe(
      "LLM via OpenAI-compatible server (qwen2.5)",
    );
    expect(engineLabel({ engineId: "openai", modelId: "default" }, english)).toBe(
      "LLM via OpenAI-compatible server",
    );
    expect(engineLabel({ engineId: "local", modelId: "nllb" }, english)).toBe(
      "On-device model nllb (CC-BY-NC 4.0)",
    );
    expect(engineLabel({ engineId: "sarvam", modelId: "mayura:v1" }, hindi)).toBe(
      "Sarvam AI (mayura:v1)",
    );
  });

  it("shows an engine it does not know by its id", () => {
    expect(engineLabel({ engineId: "fake", modelId: "default" }, english)).toBe("fake:default");
  });

  it("has every label in both interface languages", () => {
    for (const engineId of ["auto", "gloss", "local", "libretranslate", "openai", "deepl"]) {
      const engine = { engineId, modelId: "default" };
      expect(engineLabel(engine, english)).not.toMatch(/^engines\./);
      expect(engineLabel(engine, hindi)).not.toMatch(/^engines\./);
    }
  });
});
