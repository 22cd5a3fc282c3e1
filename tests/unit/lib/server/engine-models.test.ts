import { describe, expect, it } from "vitest";
import { allowedEngineModels } from "@/lib/server/engine-models";

describe("allowedEngineModels", () => {
  it("allows no local model unless the operator enabled the local engine", () => {
    expect(allowedEngineModels({ LOCAL_MODELS: "Xenova/opus-mt-hi-en" }).local).toEqual([]);
    expect(
      allowedEngineModels({ LOCAL_MODEL: "opus-mt", LOCAL_MODELS: "Xenova/opus-mt-hi-en" }).local,
    ).toEqual(["opus-mt", "Xenova/opus-mt-hi-en"]);
  });

  it("never lets a file path through as a local model", () => {
    expect(
      allowedEngineModels({ LOCAL_MODEL: "nllb", LOCAL_MODELS: "../../etc/passwd,/etc/x,a\\\\b" })
        .local,
    ).toEqual(["nllb"]);
  });

  it("takes OpenAI models from OPENAI_MODEL and OPENAI_MODELS, and fixed lists elsewhere", () => {
    const allowed = allowedEngineModels({ OPENAI_MODEL: "qwen2.5", OPENAI_MODELS: "llama3.1:8b" });
    expect(allowed.openai).toEqual(["qwen2.5", "llama3.1:8b"]);
    expect(allowed.sarvam).toEqual(["sarvam-translate:v1", "mayura:v1"]);
    expect(allowed.google).toEqual(["nmt", "base"]);
    expect(allowed.gloss).toBeUndefined();
  });
});
