import { describe, expect, it } from "vitest";
import { NoSuchEngineError } from "@/lib/translation/errors";
import { createEngineRegistry, parseEngineId } from "@/lib/translation/registry";
import { createFakeEngine } from "@/tests/support/fake-engine";

describe("engine registry", () => {
  const registry = createEngineRegistry({
    engines: {
      fake: (modelId) => Object.assign(createFakeEngine(), { modelId: modelId ?? "default" }),
      down: () => createFakeEngine({ engineId: "down", available: false }),
    },
    defaultId: "fake",
  });

  it("resolves engine and engine:model ids, reusing instances", () => {
    expect(registry.resolve("fake").modelId).toBe("default");
    expect(registry.resolve("fake:qwen2.5").modelId).toBe("qwen2.5");
    expect(registry.resolve("fake:qwen2.5")).toBe(registry.resolve("fake:qwen2.5"));
    expect(registry.resolve().engineId).toBe("fake");
  });

  it("lists the engines that exist when an id is unknown", () => {
    expect(() => registry.resolve("nope:model")).toThrow(NoSuchEngineError);
    expect(() => registry.resolve("nope")).toThrow(/Engines that exist: fake, down/);
  });

  it("does not resolve inherited object keys as engines", () => {
    expect(() => registry.resolve("constructor")).toThrow(NoSuchEngineError);
  });

  it("describes every engine with its availability", async () => {
    const described = await registry.describeAll();
    expect(described.map((engine) => [engine.id, engine.available, engine.reason])).toEqual([
      ["fake:default", true, undefined],
      ["down:default", false, "Set FAKE_KEY."],
    ]);
  });

  it("parses ids", () => {
    expect(parseEngineId("openai:llama3.1:8b")).toEqual({
      engineId: "openai",
      modelId: "llama3.1:8b",
    });
    expect(parseEngineId("gloss:")).toEqual({ engineId: "gloss", modelId: undefined });
  });
});
