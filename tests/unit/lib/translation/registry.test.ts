import { describe, expect, it } from "vitest";
import { createAutoEngine } from "@/lib/translation/engines/auto/auto-engine";
import type { TranslationEngine } from "@/lib/translation/engine-spec";
import { NoSuchEngineError, UnsupportedSpecificationVersionError } from "@/lib/translation/errors";
import {
  createEngineRegistry,
  isDelegatingEngine,
  parseEngineId,
} from "@/lib/translation/registry";
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

describe("engine contract versions", () => {
  // An engine written against a later contract: the same shape, another version string.
  const futureEngine = () =>
    ({
      ...createFakeEngine({ engineId: "future" }),
      specificationVersion: "v2",
    }) as unknown as TranslationEngine;
  const registry = createEngineRegistry({
    engines: { fake: () => createFakeEngine(), future: futureEngine },
    defaultId: "fake",
  });

  it("refuses an engine whose specification version it does not know, naming both", () => {
    let thrown: unknown;
    try {
      registry.resolve("future");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnsupportedSpecificationVersionError);
    const error = thrown as UnsupportedSpecificationVersionError;
    expect(error.code).toBe("unsupported_specification_version");
    expect(error.isRetryable).toBe(false);
    expect(error.engineId).toBe("future");
    expect(error.version).toBe("v2");
    expect(error.supportedVersions).toEqual(["v1"]);
    expect(error.message).toMatch(/"v2".*"v1"/);
  });

  it("leaves such an engine out of the engine list instead of failing the list", async () => {
    const described = await registry.describeAll();
    expect(described.map((engine) => engine.id)).toEqual(["fake:default"]);
  });

  it("tells a delegating engine from one that translates by its declared field", () => {
    const auto = createAutoEngine({ candidates: () => [createFakeEngine()] });
    expect(isDelegatingEngine(auto)).toBe(true);
    expect(isDelegatingEngine(createFakeEngine())).toBe(false);
  });

  it("never lets auto choose another delegating engine", async () => {
    const fake = createFakeEngine();
    const inner = createAutoEngine({ candidates: () => [fake] });
    const outer = createAutoEngine({ candidates: () => [inner, fake] });
    expect(await outer.select("hi", "en")).toBe(fake);
  });
});
