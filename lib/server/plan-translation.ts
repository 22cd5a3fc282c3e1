import "server-only";

import type {
  EngineDescription,
  LanguageCode,
  TranslationEngine,
} from "@/lib/translation/engine-spec";
import { isDelegatingEngine } from "@/lib/translation/registry";
import type { TranslateDocumentOptions } from "@/lib/translation/orchestrator";
import { describeEngine } from "@/lib/translation/registry";
import { ApiError } from "./api-error";
import type { AppServices } from "./app-services";

export interface TranslationPlan {
  /** The engine the caller asked for, as shown to them. */
  requested: EngineDescription;
  /** Orchestrator options common to every call of this request. */
  options: Pick<
    TranslateDocumentOptions,
    | "engine"
    | "fallback"
    | "standingIn"
    | "cache"
    | "corrections"
    | "timeoutMs"
    | "maxRetries"
    | "source"
    | "target"
  >;
}

const supports = (engine: TranslationEngine, source: LanguageCode, target: LanguageCode) =>
  engine.languagePairs.some((pair) => pair.source === source && pair.target === target);

/**
 * Resolves the requested engine and its fallback for one request. An engine that is not
 * available hands the whole request to the fallback (each paragraph then says so); with no
 * fallback the request fails with 503 and the engine's reason.
 */
export async function planTranslation(
  runtime: AppServices,
  request: {
    engine?: string | undefined;
    fallback: boolean;
    source: LanguageCode;
    target: LanguageCode;
  },
): Promise<TranslationPlan> {
  const named = runtime.registry.resolve(request.engine);
  const requested = isDelegatingEngine(named)
    ? await named.select(request.source, request.target)
    : named;
  const fallback =
    request.fallback && requested.engineId !== runtime.fallbackEngineId
      ? runtime.registry.resolve(runtime.fallbackEngineId)
      : undefined;
  const usableFallback =
    fallback !== undefined && supports(fallback, request.source, request.target)
      ? fallback
      : undefined;

  let primary: TranslationEngine = requested;
  const availability = await requested.checkAvailability();
  if (!availability.available) {
    if (usableFallback === undefined) {
      throw new ApiError(
        "engine_unavailable",
        `The engine "${requested.engineId}:${requested.modelId}" is not available${availability.reason ? `: ${availability.reason}` : "."}`,
      );
    }
    primary = usableFallback;
  } else if (!supports(requested, request.source, request.target)) {
    if (usableFallback === undefined) {
      throw new ApiError(
        "unsupported_language_pair",
        `The engine "${requested.engineId}:${requested.modelId}" does not translate ${request.source} to ${request.target}.`,
      );
    }
    primary = usableFallback;
  }

  return {
    requested: describeEngine(requested),
    options: {
      engine: primary,
      fallback: primary === usableFallback ? undefined : usableFallback,
      standingIn: primary !== requested,
      cache: runtime.translationCache,
      corrections: runtime.corrections,
      timeoutMs: runtime.env.TRANSLATION_TIMEOUT_MS,
      maxRetries: runtime.env.TRANSLATION_MAX_RETRIES,
      source: request.source,
      target: request.target,
    },
  };
}

/** Bytes a JSON body may have for the configured character limit (\u escapes take 6 bytes). */
export function maxBodyBytes(maxCharacters: number): number {
  return maxCharacters * 6 + 64 * 1024;
}
