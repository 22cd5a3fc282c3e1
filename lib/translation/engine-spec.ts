/**
 * The contract every translation engine implements. This file holds types only: engines live
 * in `engines/`, and nothing outside an engine module ever sees a vendor's own wire format.
 *
 * The interface is versioned: the registry refuses an engine whose `specificationVersion` it
 * does not know (`UnsupportedSpecificationVersionError`), as the Vercel AI SDK does. Labels
 * shown to readers are not part of the contract: the interface keeps them, in both of its
 * languages (`components/engines/engine-labels.ts`).
 */

import type { LanguageCode, LanguagePair } from "@/lib/text/language";

export type { LanguageCode, LanguagePair } from "@/lib/text/language";

/**
 * Where an engine runs, which decides how the reader labels it and what the user must set up.
 * - `offline`: in the server process, from files shipped with the app; always available.
 * - `local`: a model on the server's own machine (for example an ONNX model).
 * - `remote`: an HTTP service, self-hosted or in the cloud.
 * - `browser`: in the reader's browser; the server never sees the text.
 */
export type EngineKind = "offline" | "local" | "remote" | "browser";

/**
 * How far the output can be trusted as a translation.
 * - `draft`: word-level gloss, useful for following the gist, never to be quoted.
 * - `full`: a fluent machine translation.
 */
export type EngineQuality = "draft" | "full";

/** Request limits; the orchestrator packs paragraphs into requests that respect all of them. */
export interface EngineLimits {
  /** Most characters (UTF-16 code units) one request may carry, summed over its segments. */
  maxCharactersPerRequest: number;
  /** Most segments one request may carry. */
  maxSegmentsPerRequest: number;
  /** How many requests the orchestrator may have in flight at once for this engine. */
  maxConcurrentRequests: number;
}

/** Whether an engine can be used right now, and why not when it cannot. */
export interface EngineAvailability {
  /** True when a translation call is expected to work. */
  available: boolean;
  /** Human-readable reason when unavailable, e.g. the environment variable to set. */
  reason?: string;
  /** Percent of a model download or load in progress, when the engine is getting ready. */
  progress?: number;
}

/** Alignment of one sentence of a segment with its rendering in the output. */
export interface SentenceAlignment {
  /** [start, end) offsets of the sentence in the input segment. */
  source: [number, number];
  /** [start, end) offsets of its rendering in the output segment. */
  target: [number, number];
}

/** What the orchestrator passes to `doTranslate`. */
export interface TranslateCallOptions {
  /** Plain-text segments, already normalised. The engine must return one output per segment. */
  segments: readonly string[];
  /** Language of every segment. */
  source: LanguageCode;
  /** Language to translate into. */
  target: LanguageCode;
  /** Aborts the call; an engine must stop work and reject when it fires. */
  abortSignal?: AbortSignal;
}

/** What `doTranslate` resolves to. */
export interface TranslateCallResult {
  /** One translation per input segment, in the same order. Never merged, never split. */
  translations: string[];
  /**
   * Optional sentence alignment per segment, when the engine knows it (for example because it
   * translates sentence by sentence). Omitted entries are computed by the orchestrator.
   */
  alignments?: (SentenceAlignment[] | undefined)[];
}

/** Version 1 of the translation engine contract. */
export interface TranslationEngineV1 {
  /** The contract version this engine implements. */
  readonly specificationVersion: "v1";
  /** Registry id of the engine family, e.g. `gloss` or `openai`. */
  readonly engineId: string;
  /** The model within the family, e.g. `qwen2.5`; engines with a single model use `default`. */
  readonly modelId: string;
  /** Where the engine runs. */
  readonly kind: EngineKind;
  /** Whether the output is a draft gloss or a full translation; the reader marks drafts. */
  readonly quality: EngineQuality;
  /** Absent or false: this engine translates itself (see `DelegatingEngineV1`). */
  readonly delegates?: false;
  /** Directions this engine translates. */
  readonly languagePairs: readonly LanguagePair[];
  /** Request limits the orchestrator must respect. */
  readonly limits: EngineLimits;
  /**
   * Reports whether the engine can be used now (keys set, model loadable, server reachable).
   * Must not throw; must be cheap enough to call for `GET /api/engines`.
   */
  checkAvailability(): Promise<EngineAvailability>;
  /**
   * Translates a batch of segments. Rejects with a `TranslationError` subclass on failure.
   */
  doTranslate(options: TranslateCallOptions): Promise<TranslateCallResult>;
}

/**
 * Version 1 of an engine that stands for another one, chosen per request (`auto`). Callers
 * plan a request against the engine `select` returns, so every paragraph names the engine
 * that really produced it; `doTranslate` delegates the same way for callers that do not.
 */
export interface DelegatingEngineV1 extends Omit<TranslationEngineV1, "delegates"> {
  /** Marks the delegating kind of engine; narrows `TranslationEngine` without duck typing. */
  readonly delegates: true;
  /** The engine that would translate this direction now. */
  select(source: LanguageCode, target: LanguageCode): Promise<TranslationEngineV1>;
}

/** The current engine contract: an engine, or one that delegates to another. */
export type TranslationEngine = TranslationEngineV1 | DelegatingEngineV1;

/** The contract versions this code base knows; the registry refuses any other. */
export type SpecificationVersion = TranslationEngine["specificationVersion"];

/** Public description of an engine, safe to send to the browser: no keys, no URLs. */
export interface EngineDescription {
  /** Full registry id, `engine:model`. */
  id: string;
  engineId: string;
  modelId: string;
  kind: EngineKind;
  quality: EngineQuality;
  languagePairs: LanguagePair[];
  limits: EngineLimits;
}
