import "server-only";

import { existsSync } from "node:fs";
import path from "node:path";
import type {
  EngineAvailability,
  LanguageCode,
  LanguagePair,
  TranslationEngineV1,
} from "@/lib/translation/engine-spec";
import { EngineUnavailableError, TranslationAbortedError } from "@/lib/translation/errors";
import { BOTH_DIRECTIONS, readSetting, type HttpEngineSettings } from "../http-support";

/** The part of a Transformers.js translation pipeline this engine uses. */
export type TranslationPipeline = (
  texts: string[],
  options: { src_lang?: string; tgt_lang?: string; max_new_tokens?: number },
) => Promise<{ translation_text: string }[] | { translation_text: string }>;

export interface PipelineLoadOptions {
  /** Folder with models laid out as `<folder>/<model id>/…`, for air-gapped machines. */
  localModelPath?: string;
  /** Where downloaded models are kept. */
  cacheDir: string;
  /** Whether the model may be fetched from the Hugging Face hub. */
  allowRemote: boolean;
  /** Called with download/load progress from 0 to 100. */
  onProgress: (percent: number) => void;
}

export type PipelineLoader = (
  model: string,
  options: PipelineLoadOptions,
) => Promise<TranslationPipeline>;

export interface LocalEngineSettings {
  /** Model alias (`nllb`, `opus-mt`) or a Hugging Face model id. Default: LOCAL_MODEL. */
  model?: string;
  localModelPath?: string;
  cacheDir?: string;
  /** Replaces Transformers.js, for tests. */
  loadPipeline?: PipelineLoader;
  env?: HttpEngineSettings["env"];
}

interface ModelPlan {
  /** Models to load per direction. */
  models: Partial<Record<`${LanguageCode}-${LanguageCode}`, string>>;
  codes: Record<LanguageCode, string> | null;
}

/** Resolves an alias or model id into the models per direction and the language codes they use. */
export function planLocalModel(model: string): ModelPlan {
  if (model === "nllb" || /nllb/i.test(model)) {
    const id = model === "nllb" ? "Xenova/nllb-200-distilled-600M" : model;
    return {
      models: { "hi-en": id, "en-hi": id },
      codes: { hi: "hin_Deva", en: "eng_Latn" },
    };
  }
  if (/m2m100/i.test(model)) {
    return {
      models: { "hi-en": model, "en-hi": model },
      codes: { hi: "hi", en: "en" },
    };
  }
  if (model === "opus-mt") {
    return {
      models: { "hi-en": "Xenova/opus-mt-hi-en", "en-hi": "Xenova/opus-mt-en-hi" },
      codes: null,
    };
  }
  const direction = model.match(/opus-mt-(hi|en)-(hi|en)/i);
  if (direction) {
    return { models: { [`${direction[1]}-${direction[2]}`]: model }, codes: null };
  }
  return {
    models: { "hi-en": model, "en-hi": model },
    codes: { hi: "hin_Deva", en: "eng_Latn" },
  };
}

type TransformersModule = typeof import("@huggingface/transformers");

/**
 * Transformers.js is an optional dependency (`npm ci --omit=optional` leaves it and its ONNX
 * runtimes out). When the local engine is enabled without it, this says how to install it.
 */
export class TransformersMissingError extends EngineUnavailableError {
  constructor(cause: unknown) {
    super(
      "The on-device engine needs the optional package @huggingface/transformers, which is not installed: run `npm install @huggingface/transformers` (or `npm ci` without --omit=optional).",
    );
    this.name = "TransformersMissingError";
    this.cause = cause;
  }
}

const isModuleNotFound = (error: unknown) =>
  error instanceof Error &&
  ["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"].includes((error as { code?: string }).code ?? "") &&
  error.message.includes("@huggingface/transformers");

/** Imports Transformers.js, turning its absence into a TransformersMissingError. */
export async function importTransformers(
  importModule: () => Promise<TransformersModule> = () => import("@huggingface/transformers"),
): Promise<TransformersModule> {
  try {
    return await importModule();
  } catch (error) {
    if (isModuleNotFound(error)) throw new TransformersMissingError(error);
    throw error;
  }
}

/**
 * The real loader: Transformers.js on ONNX Runtime for Node, imported only when the engine is
 * enabled and first loads a model.
 */
export const loadTransformersPipeline: PipelineLoader = (model, options) =>
  loadPipelineWith(importTransformers(), model, options);

/** The loader over a given import of Transformers.js (a test passes a failing import). */
export async function loadPipelineWith(
  imported: Promise<TransformersModule>,
  model: string,
  options: PipelineLoadOptions,
): Promise<TranslationPipeline> {
  const transformers = await imported;
  transformers.env.cacheDir = options.cacheDir;
  transformers.env.allowRemoteModels = options.allowRemote;
  if (options.localModelPath) {
    transformers.env.localModelPath = options.localModelPath;
    transformers.env.allowLocalModels = true;
  }
  const files = new Map<string, number>();
  const translator = await transformers.pipeline("translation", model, {
    progress_callback: (event: { status?: string; file?: string; progress?: number }) => {
      if (
        event.status === "progress" &&
        event.file !== undefined &&
        typeof event.progress === "number"
      ) {
        files.set(event.file, event.progress);
        const values = [...files.values()];
        options.onProgress(values.reduce((sum, value) => sum + value, 0) / values.length);
      }
    },
  });
  return translator as unknown as TranslationPipeline;
}

type LoadState =
  | { state: "idle" }
  | { state: "loading"; progress: number; promise: Promise<void> }
  | { state: "ready" }
  | { state: "failed"; reason: string };

/**
 * On-device neural translation with Transformers.js, on the server. Off until LOCAL_MODEL or
 * LOCAL_MODEL_PATH is set (a first use may download hundreds of megabytes). The first
 * availability check starts loading in the background; until the model is ready the engine
 * reports itself unavailable with the progress, so `auto` and the fallback carry on.
 */
export function createLocalEngine(
  settings: LocalEngineSettings = {},
): TranslationEngineV1 & { loadState(): LoadState } {
  const env = { env: settings.env };
  const configuredModel = readSetting(settings.model, env, "LOCAL_MODEL");
  const localModelPath = readSetting(settings.localModelPath, env, "LOCAL_MODEL_PATH");
  const model = configuredModel ?? (localModelPath ? "nllb" : undefined);
  const plan = model ? planLocalModel(model) : undefined;
  const cacheDir =
    readSetting(settings.cacheDir, env, "LOCAL_MODEL_CACHE") ??
    path.join(process.cwd(), ".data", "models");
  const loader = settings.loadPipeline ?? loadTransformersPipeline;
  const pipelines = new Map<string, TranslationPipeline>();
  let load: LoadState = { state: "idle" };

  const startLoading = (): Promise<void> => {
    if (load.state === "loading") return load.promise;
    if (!plan) return Promise.resolve();
    const missing = localModelPath
      ? Object.values(plan.models).filter((id) => !existsSync(path.join(localModelPath, id)))
      : [];
    if (missing.length > 0) {
      load = {
        state: "failed",
        reason: `Model folder not found under LOCAL_MODEL_PATH: ${missing.join(", ")}.`,
      };
      return Promise.resolve();
    }
    const current: LoadState & { state: "loading" } = {
      state: "loading",
      progress: 0,
      promise: Promise.resolve(),
    };
    current.promise = (async () => {
      try {
        for (const [direction, id] of Object.entries(plan.models)) {
          if (pipelines.has(id)) {
            pipelines.set(direction, pipelines.get(id) as TranslationPipeline);
            continue;
          }
          const pipeline = await loader(id, {
            localModelPath,
            cacheDir,
            allowRemote: localModelPath === undefined,
            onProgress: (percent) => {
              current.progress = Math.round(percent);
            },
          });
          pipelines.set(id, pipeline);
          pipelines.set(direction, pipeline);
        }
        load = { state: "ready" };
      } catch (error) {
        if (error instanceof TransformersMissingError) {
          load = { state: "failed", reason: error.message };
          return;
        }
        load = {
          state: "failed",
          reason: `The model could not be loaded (${localModelPath ? "check LOCAL_MODEL_PATH" : "no network or no such model; set LOCAL_MODEL_PATH for offline use"}): ${(error as Error).message.slice(0, 160)}`,
        };
      }
    })();
    load = current;
    return current.promise;
  };

  const pairs: LanguagePair[] = plan
    ? (Object.keys(plan.models) as `${LanguageCode}-${LanguageCode}`[]).map((direction) => {
        const [source, target] = direction.split("-") as [LanguageCode, LanguageCode];
        return { source, target };
      })
    : [...BOTH_DIRECTIONS];

  return {
    specificationVersion: "v1",
    engineId: "local",
    modelId: model ?? "default",
    kind: "local",
    quality: "full",
    languagePairs: pairs,
    limits: {
      maxCharactersPerRequest: 2_000,
      maxSegmentsPerRequest: 8,
      maxConcurrentRequests: 1,
    },
    loadState: () => load,
    async checkAvailability(): Promise<EngineAvailability> {
      if (!plan)
        return {
          available: false,
          reason: "Set LOCAL_MODEL (e.g. nllb or opus-mt) or LOCAL_MODEL_PATH.",
        };
      if (load.state === "idle") void startLoading();
      if (load.state === "ready") return { available: true };
      if (load.state === "failed") return { available: false, reason: load.reason };
      return {
        available: false,
        reason: `Loading the model: ${load.state === "loading" ? load.progress : 0}%.`,
        progress: load.state === "loading" ? load.progress : 0,
      };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      if (!plan)
        throw new EngineUnavailableError("The on-device model is not configured: set LOCAL_MODEL.");
      await startLoading();
      if (load.state === "failed") throw new EngineUnavailableError(load.reason);
      const pipeline = pipelines.get(`${source}-${target}`);
      if (!pipeline)
        throw new EngineUnavailableError(
          `The on-device model does not translate ${source} to ${target}.`,
        );
      if (abortSignal?.aborted) throw new TranslationAbortedError();
      const output = await pipeline([...segments], {
        ...(plan.codes ? { src_lang: plan.codes[source], tgt_lang: plan.codes[target] } : {}),
        max_new_tokens: 512,
      });
      const list = Array.isArray(output) ? output : [output];
      return { translations: list.map((item) => item.translation_text) };
    },
  };
}
