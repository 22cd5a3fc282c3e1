import { describe, expect, it } from "vitest";
import { createAutoEngine } from "@/lib/translation/engines/auto/auto-engine";
import type { TranslationEngine } from "@/lib/translation/engine-spec";
import {
  ModelNotAllowedError,
  NoSuchEngineError,
  UnsupportedSpecificationVersionError,
} from "@/lib/translation/errors";
import {
  createEngineRegistry,
  isDelegatingEngine,
  MAX_ENGINE_INSTANCES,
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

  describe("with allow-listed models", () => {
    const built: (string | undefined)[] = [];
    const allowList = createEngineRegistry({
      engines: {
        fake: (modelId) => {
          built.push(modelId);
          return Object.assign(createFakeEngine(), { modelId: modelId ?? "small" });
        },
        plain: () => createFakeEngine({ engineId: "plain" }),
      },
      defaultId: "fake",
      allowedModels: { fake: ["large", "qwen2.5:7b"] },
    });

    it("resolves the default and the configured models", () => {
      expect(allowList.resolve("fake").modelId).toBe("small");
      expect(allowList.resolve("fake:small")).toBe(allowList.resolve("fake"));
      expect(allowList.resolve("fake:default")).toBe(allowList.resolve("fake"));
      expect(allowList.resolve("fake:qwen2.5:7b").modelId).toBe("qwen2.5:7b");
    });

    it("refuses any other model, listing the allowed ids, without building it", () => {
      const error = (() => {
        try {
          allowList.resolve("fake:../../../../etc/passwd");
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ModelNotAllowedError);
      expect((error as ModelNotAllowedError).code).toBe("model_not_allowed");
      expect((error as ModelNotAllowedError).allowedIds).toEqual([
        "fake:small",
        "fake:large",
        "fake:qwen2.5:7b",
      ]);
      expect(built).not.toContain("../../../../etc/passwd");
      // A family without a list takes only its default.
      expect(() => allowList.resolve("plain:gpt-4o")).toThrow(ModelNotAllowedError);
    });
  });

  it("keeps a bounded number of instances however many model ids arrive", () => {
    let created = 0;
    const open = createEngineRegistry({
      engines: {
        fake: (modelId) => {
          created += 1;
          return Object.assign(createFakeEngine(), { modelId: modelId ?? "default" });
        },
      },
      defaultId: "fake",
    });
    for (let index = 0; index < 4_000; index += 1) open.resolve(`fake:model-${index}`);
    // The most recent ids are still the same instances; the oldest were let go.
    expect(open.resolve("fake:model-3999")).toBe(open.resolve("fake:model-3999"));
    const before = created;
    open.resolve("fake:model-0");
    expect(created).toBe(before + 1);
    expect(MAX_ENGINE_INSTANCES).toBeLessThan(4_000);
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
