import "server-only";

import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import { getEnv, type AppEnv } from "@/lib/env";
import { LruTranslationCache } from "@/lib/translation/cache";
import type { TranslationEngine } from "@/lib/translation/engine-spec";
import { createAutoEngine } from "@/lib/translation/engines/auto/auto-engine";
import { createAzureEngine } from "@/lib/translation/engines/azure/azure-engine";
import { createDeepLEngine } from "@/lib/translation/engines/deepl/deepl-engine";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { createGoogleEngine } from "@/lib/translation/engines/google/google-engine";
import { createLibreTranslateEngine } from "@/lib/translation/engines/libretranslate/libretranslate-engine";
import { createLocalEngine } from "@/lib/translation/engines/local/local-engine";
import { createOpenAIChat } from "@/lib/translation/engines/openai/openai-chat";
import { createOpenAIEngine } from "@/lib/translation/engines/openai/openai-engine";
import { createSarvamEngine } from "@/lib/translation/engines/sarvam/sarvam-engine";
import {
  createEngineRegistry,
  type EngineFactory,
  type EngineRegistry,
} from "@/lib/translation/registry";
import path from "node:path";
import { memoryKey } from "@/lib/text/keys";
import { openPostgresStore } from "@/lib/store/postgres-store";
import { openSqliteStore } from "@/lib/store/sqlite-store";
import { createStoreAccess, type StoreAccess } from "@/lib/store/store-access";
import { WriteThroughCache } from "@/lib/store/write-through-cache";
import type { RevisionInfo, CorrectionLookup } from "@/lib/translation/orchestrator";
import type { SharedState } from "@/lib/translation/shared-state";
import { allowedEngineModels } from "./engine-models";
import type { GlossaryEntry } from "@/lib/glossary/glossary";
import { loadOperatorGlossary } from "./operator-glossary";
import { createGlossPool, createPooledGlossEngine } from "./pooled-gloss-engine";
import { RateLimiter } from "./rate-limit";
import { createRedisLink, type RedisLink } from "./redis-state";
import { WorkGate } from "./work-gate";
import { createPooledSummarizer, type ExtractiveSummarizer } from "./pooled-summary";
import type { WorkerPool } from "./worker-pool";

/** Everything the API routes share within one server process. */
export interface AppServices {
  env: AppEnv;
  registry: EngineRegistry;
  /** The translation cache the orchestrator uses: memory first, the database behind it. */
  translationCache: WriteThroughCache;
  /** The database: SQLite under DATA_DIR, or PostgreSQL when DATABASE_URL is set. */
  store: StoreAccess;
  /** Human corrections (the translation memory), looked up before any engine. */
  corrections: CorrectionLookup;
  rateLimiter: RateLimiter;
  /** Admits large translate and summarize requests a few at a time (503 when full). */
  heavyWork: WorkGate;
  /** Engine id used for paragraphs the requested engine could not translate. */
  fallbackEngineId: string;
  /** Variables engines read their settings from (the process environment outside tests). */
  engineEnv: Record<string, string | undefined>;
  /**
   * The chat client for LLM summaries, one per process: it remembers which JSON mode the server
   * accepts, so a server without structured output is not asked the wrong way on every request.
   */
  summaryChat: ReturnType<typeof createOpenAIChat>;
  /** The operator's glossary (GLOSSARY_FILE), applied to every translation; empty when unset. */
  glossary: GlossaryEntry[];
  /** The extractive summary, in the worker pool when the server has one. */
  summarizeExtractive: ExtractiveSummarizer;
  /** Redis, when REDIS_URL is set: state shared with the other instances. */
  redis: RedisLink | undefined;
}

/**
 * The order `auto` tries engines in: self-hosted first (no per-call cost, and the text stays
 * in house), then cloud APIs, and the offline gloss last, which is always there.
 */
export const AUTO_ORDER = [
  "local",
  "libretranslate",
  "openai",
  "deepl",
  "google",
  "azure",
  "sarvam",
  "gloss",
] as const;

/** Every built-in engine, reading its variables from `env` (the process environment by default). */
export function defaultEngineFactories(
  env: Record<string, string | undefined> = process.env,
  glossPool: WorkerPool | undefined = undefined,
  sharedState: SharedState | undefined = undefined,
): Record<string, EngineFactory> {
  return {
    gloss: () => (glossPool ? createPooledGlossEngine(glossPool) : createGlossEngine()),
    local: (model) => createLocalEngine({ model, env }),
    libretranslate: () => createLibreTranslateEngine({ env, sharedState }),
    openai: (model) => createOpenAIEngine({ model, env, sharedState }),
    deepl: () => createDeepLEngine({ env }),
    google: (model) => createGoogleEngine({ model, env }),
    azure: () => createAzureEngine({ env }),
    sarvam: (model) => createSarvamEngine({ model, env }),
  };
}

export function createAppServices(
  env: AppEnv,
  engines: Record<string, EngineFactory> = defaultEngineFactories(),
  engineEnv: Record<string, string | undefined> = process.env,
  workerPool: WorkerPool | undefined = undefined,
  redis: RedisLink | undefined = configuredRedis(env),
): AppServices {
  // auto resolves through the same registry, so it reuses the engine instances (and their
  // loaded models and availability probes) that requests naming an engine use.
  const registry: EngineRegistry = createEngineRegistry({
    engines: {
      auto: () =>
        createAutoEngine({
          candidates: () =>
            AUTO_ORDER.filter((id) => Object.hasOwn(engines, id)).map((id): TranslationEngine =>
              registry.resolve(id),
            ),
        }),
      ...engines,
    },
    // A browser engine named in DEFAULT_ENGINE is the reader's default; the server cannot run
    // it, so requests that name no engine get `auto`.
    defaultId: isBrowserEngine(env.DEFAULT_ENGINE) ? "auto" : env.DEFAULT_ENGINE,
    allowedModels: allowedEngineModels(engineEnv),
  });
  const store = createStoreAccess(() => openConfiguredStore(env), {
    onError: (error) => console.error(`The database cannot be used: ${error.message}`),
  });
  return {
    env,
    registry,
    translationCache: new WriteThroughCache(
      new LruTranslationCache(env.TRANSLATION_CACHE_MB * 1024 * 1024),
      () => withDeadline(store.tryGet(), STORE_DEADLINE_MS),
      (error) => console.error("Could not save translations to the database:", error),
      redis ? { state: redis, ttlMs: env.REDIS_CACHE_TTL_SECONDS * 1000 } : undefined,
    ),
    store,
    corrections: createCorrectionLookup(store, env.MEMORY_SCOPE),
    rateLimiter: new RateLimiter(env.RATE_LIMIT_PER_MINUTE, redis?.client),
    heavyWork: new WorkGate(env.HEAVY_WORK_CONCURRENCY, env.HEAVY_WORK_CONCURRENCY * 2),
    fallbackEngineId: "gloss",
    engineEnv,
    summaryChat: createOpenAIChat({ env: engineEnv, sharedState: redis }),
    glossary: env.GLOSSARY_FILE ? loadOperatorGlossary(env.GLOSSARY_FILE) : [],
    summarizeExtractive: createPooledSummarizer(workerPool),
    redis,
  };
}

/**
 * How long a translation waits for the database before going on without it: during an outage
 * readers get engine translations at full speed rather than waiting on a connection timeout.
 */
const STORE_DEADLINE_MS = 1_500;

function withDeadline<T>(promise: Promise<T>, milliseconds: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** The Redis connection REDIS_URL asks for; undefined keeps all state in this process. */
export function configuredRedis(env: AppEnv): RedisLink | undefined {
  return env.REDIS_URL
    ? createRedisLink({ url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX })
    : undefined;
}

export function openConfiguredStore(env: AppEnv) {
  return env.DATABASE_URL
    ? openPostgresStore({ url: env.DATABASE_URL })
    : openSqliteStore({ file: path.resolve(env.DATA_DIR, "dvibhashi.db") });
}

/**
 * Corrections a translation applies before any engine. Under MEMORY_SCOPE=document (the
 * default) none: a correction belongs to its document, and a translation belongs to none, so
 * nobody's edit can change what strangers read. Under `instance` every editor's latest
 * correction applies everywhere, for instances whose editors are trusted.
 */
function createCorrectionLookup(
  store: StoreAccess,
  scope: AppEnv["MEMORY_SCOPE"],
): CorrectionLookup {
  const lookup: CorrectionLookup = async (texts, source, target) => {
    const found = new Map<string, { translation: string; revision: RevisionInfo }>();
    if (scope !== "instance") return found;
    const opened = await store.tryGet();
    if (!opened) return found;
    const keys = new Map(texts.map((text) => [memoryKey(source, target, text), text]));
    for (const [key, revision] of await opened.latestRevisions([...keys.keys()], {
      kind: "correction",
    })) {
      const text = keys.get(key);
      // The key is a hash: compare the text too, so a collision can never show a wrong edit.
      if (text === undefined || revision.sourceText !== text) continue;
      found.set(text, {
        translation: revision.text,
        revision: {
          id: revision.id,
          author: revision.author,
          createdAt: revision.createdAt,
          // A translation belongs to no document; naming the one an edit came from would hand
          // out its private permalink.
          documentId: null,
        },
      });
    }
    return found;
  };
  return async (texts, source, target) =>
    (await withDeadline(lookup(texts, source, target), STORE_DEADLINE_MS)) ?? new Map();
}

let shared: AppServices | undefined;

/** The process-wide services, created on first use from the validated environment. */
export function getAppServices(): AppServices {
  if (shared === undefined) {
    const env = getEnv();
    const redis = configuredRedis(env);
    // The gloss and the extractive summary run in worker threads in the server, so a long
    // article never blocks it.
    const pool = createGlossPool(env.HEAVY_WORK_CONCURRENCY);
    shared = createAppServices(
      env,
      defaultEngineFactories(process.env, pool, redis),
      process.env,
      pool,
      redis,
    );
  }
  return shared;
}
