import "server-only";

import { getEnv, type AppEnv } from "@/lib/env";
import { LruTranslationCache } from "@/lib/translation/cache";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import {
  createEngineRegistry,
  type EngineFactory,
  type EngineRegistry,
} from "@/lib/translation/registry";
import { RateLimiter } from "./rate-limit";

/** Everything the API routes share within one server process. */
export interface TranslationRuntime {
  env: AppEnv;
  registry: EngineRegistry;
  cache: LruTranslationCache;
  rateLimiter: RateLimiter;
  /** Engine id used for paragraphs the requested engine could not translate. */
  fallbackEngineId: string;
}

export function defaultEngineFactories(): Record<string, EngineFactory> {
  return {
    gloss: () => createGlossEngine(),
  };
}

export function createTranslationRuntime(
  env: AppEnv,
  engines: Record<string, EngineFactory> = defaultEngineFactories(),
): TranslationRuntime {
  return {
    env,
    registry: createEngineRegistry({ engines, defaultId: env.DEFAULT_ENGINE }),
    cache: new LruTranslationCache(env.TRANSLATION_CACHE_MB * 1024 * 1024),
    rateLimiter: new RateLimiter(env.RATE_LIMIT_PER_MINUTE),
    fallbackEngineId: "gloss",
  };
}

let shared: TranslationRuntime | undefined;

/** The process-wide runtime, created on first use from the validated environment. */
export function getTranslationRuntime(): TranslationRuntime {
  shared ??= createTranslationRuntime(getEnv());
  return shared;
}
