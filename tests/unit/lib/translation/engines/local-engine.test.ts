import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import {
  createLocalEngine,
  importTransformers,
  loadPipelineWith,
  planLocalModel,
  TransformersMissingError,
  type PipelineLoader,
} from "@/lib/translation/engines/local/local-engine";
import { translateDocument } from "@/lib/translation/orchestrator";

/** A stand-in for a Transformers.js pipeline: records its calls and echoes with the target code. */
function injectedLoader(options: { fail?: string; progress?: number[] } = {}) {
  const loads: { model: string; allowRemote: boolean; localModelPath?: string }[] = [];
  const calls: { texts: string[]; src?: string; tgt?: string }[] = [];
  const loader: PipelineLoader = async (model, loadOptions) => {
    loads.push({
      model,
      allowRemote: loadOptions.allowRemote,
      localModelPath: loadOptions.localModelPath,
    });
    for (const percent of options.progress ?? []) loadOptions.onProgress(percent);
    if (options.fail) throw new Error(options.fail);
    return async (texts, callOptions) => {
      calls.push({ texts, src: callOptions.src_lang, tgt: callOptions.tgt_lang });
      return texts.map((text) => ({
        translation_text: `${callOptions.tgt_lang ?? model}: ${text}`,
      }));
    };
  };
  return { loader, loads, calls };
}

describe("local engine (Transformers.js)", () => {
  it("is unavailable, naming the variable, until LOCAL_MODEL is set", async () => {
    const engine = createLocalEngine({ env: {}, loadPipeline: injectedLoader().loader });
    expect(await engine.checkAvailability()).toMatchObject({
      available: false,
      reason: expect.stringContaining("LOCAL_MODEL"),
    });
  });

  it("loads NLLB once with its language codes and translates in batches", async () => {
    const { loader, loads, calls } = injectedLoader({ progress: [10, 55, 100] });
    const engine = createLocalEngine({ env: { LOCAL_MODEL: "nllb" }, loadPipeline: loader });
    const results = await translateDocument({
      engine,
      paragraphs: ["एक।", "दो।"],
      source: "hi",
      target: "en",
    });
    expect(results.map((result) => result.translation)).toEqual(["eng_Latn: एक।", "eng_Latn: दो।"]);
    expect(calls[0]).toEqual({ texts: ["एक।", "दो।"], src: "hin_Deva", tgt: "eng_Latn" });
    expect(loads).toEqual([
      { model: "Xenova/nllb-200-distilled-600M", allowRemote: true, localModelPath: undefined },
    ]);
    expect(await engine.checkAvailability()).toEqual({ available: true });
  });

  it("reports loading progress while the model loads", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loader: PipelineLoader = async (_model, options) => {
      options.onProgress(42);
      await gate;
      return async (texts) => texts.map((text) => ({ translation_text: text }));
    };
    const engine = createLocalEngine({ env: { LOCAL_MODEL: "nllb" }, loadPipeline: loader });
    expect(await engine.checkAvailability()).toMatchObject({
      available: false,
      reason: expect.stringMatching(/^Loading the model/),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await engine.checkAvailability()).toMatchObject({
      available: false,
      progress: 42,
      reason: "Loading the model: 42%.",
    });
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await engine.checkAvailability()).toEqual({ available: true });
  });

  it("uses one OPUS-MT model per direction", async () => {
    const { loader, loads } = injectedLoader();
    const engine = createLocalEngine({ env: { LOCAL_MODEL: "opus-mt" }, loadPipeline: loader });
    const { translations } = await engine.doTranslate({
      segments: ["hello"],
      source: "en",
      target: "hi",
    });
    expect(loads.map((load) => load.model)).toEqual([
      "Xenova/opus-mt-hi-en",
      "Xenova/opus-mt-en-hi",
    ]);
    expect(translations).toEqual(["Xenova/opus-mt-en-hi: hello"]);
    expect(planLocalModel("Xenova/opus-mt-hi-en").models).toEqual({
      "hi-en": "Xenova/opus-mt-hi-en",
    });
  });

  it("reads models from LOCAL_MODEL_PATH without touching the network", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "models-"));
    mkdirSync(path.join(folder, "Xenova", "nllb-200-distilled-600M"), { recursive: true });
    const { loader, loads } = injectedLoader();
    const engine = createLocalEngine({ env: { LOCAL_MODEL_PATH: folder }, loadPipeline: loader });
    await engine.doTranslate({ segments: ["x"], source: "hi", target: "en" });
    expect(loads[0]).toEqual({
      model: "Xenova/nllb-200-distilled-600M",
      allowRemote: false,
      localModelPath: folder,
    });
  });

  it("reports a missing model folder as unavailable, with the reason", async () => {
    const engine = createLocalEngine({
      env: { LOCAL_MODEL_PATH: "/nonexistent/models" },
      loadPipeline: injectedLoader().loader,
    });
    await engine.checkAvailability();
    expect(await engine.checkAvailability()).toMatchObject({
      available: false,
      reason: expect.stringContaining("LOCAL_MODEL_PATH"),
    });
  });

  it("reports a model that cannot be downloaded as unavailable, and the orchestrator's fallback carries on", async () => {
    const engine = createLocalEngine({
      env: { LOCAL_MODEL: "nllb" },
      loadPipeline: injectedLoader({ fail: "fetch failed" }).loader,
    });
    await engine.checkAvailability();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await engine.checkAvailability()).toMatchObject({
      available: false,
      reason: expect.stringContaining("fetch failed"),
    });
    const [result] = await translateDocument({
      engine,
      paragraphs: ["x"],
      source: "hi",
      target: "en",
      maxRetries: 0,
    });
    expect(result?.error?.code).toBe("engine_unavailable");
  });

  it("keeps the real loader: Transformers.js refuses a remote model when downloads are off", async () => {
    const { loadTransformersPipeline } =
      await import("@/lib/translation/engines/local/local-engine");
    const cacheDir = mkdtempSync(path.join(tmpdir(), "hf-cache-"));
    await expect(
      loadTransformersPipeline("Xenova/nllb-200-distilled-600M", {
        cacheDir,
        allowRemote: false,
        onProgress: () => undefined,
      }),
    ).rejects.toThrow();
  }, 30_000);
});

describe("local engine without its optional dependency", () => {
  // Node's own resolver failing on a package that is not installed: the error an absent
  // @huggingface/transformers raises, without uninstalling it from this machine.
  const missingImport = async (): Promise<never> => {
    createRequire(import.meta.url)("@huggingface/transformers-not-installed");
    throw new Error("unreachable");
  };

  it("turns the missing package into a typed error that says how to install it", async () => {
    const imported = importTransformers(missingImport);
    await expect(imported).rejects.toBeInstanceOf(TransformersMissingError);
    await expect(imported).rejects.toMatchObject({
      code: "engine_unavailable",
      message: expect.stringMatching(/npm install @huggingface\/transformers/),
    });
  });

  it("passes any other import failure through unchanged", async () => {
    const failure = new Error("the ONNX runtime crashed");
    await expect(importTransformers(() => Promise.reject(failure))).rejects.toBe(failure);
  });

  it("reports the engine unavailable with that message, and refuses to translate", async () => {
    const engine = createLocalEngine({
      model: "nllb",
      loadPipeline: (model, options) =>
        loadPipelineWith(importTransformers(missingImport), model, options),
    });
    await engine.checkAvailability();
    await expect(
      engine.doTranslate({ segments: ["नमस्ते"], source: "hi", target: "en" }),
    ).rejects.toThrow(/optional package @huggingface\/transformers/);
    const availability = await engine.checkAvailability();
    expect(availability.available).toBe(false);
    expect(availability.reason).toMatch(/npm install @huggingface\/transformers/);
  });
});
