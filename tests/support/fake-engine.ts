import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type {
  TranslateCallOptions,
  TranslateCallResult,
  TranslationEngineV1,
} from "@/lib/translation/engine-spec";

export interface FakeEngineOptions {
  engineId?: string;
  maxSegmentsPerRequest?: number;
  maxCharactersPerRequest?: number;
  maxConcurrentRequests?: number;
  available?: boolean;
  /** Decides each call's outcome; default: upper-case every segment with a marker. */
  respond?: (
    options: TranslateCallOptions,
    call: number,
  ) => Promise<TranslateCallResult> | TranslateCallResult;
}

/** A test engine that records every call, so tests can check what the orchestrator sent. */
export function createFakeEngine(options: FakeEngineOptions = {}) {
  const calls: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const engine: TranslationEngineV1 & { calls: string[][]; maxInFlight: () => number } = {
    specificationVersion: "v1",
    engineId: options.engineId ?? "fake",
    modelId: "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxSegmentsPerRequest: options.maxSegmentsPerRequest ?? 100,
      maxCharactersPerRequest: options.maxCharactersPerRequest ?? 10_000,
      maxConcurrentRequests: options.maxConcurrentRequests ?? 2,
    },
    calls,
    maxInFlight: () => maxInFlight,
    async checkAvailability() {
      return options.available === false
        ? { available: false, reason: "Set FAKE_KEY." }
        : { available: true };
    },
    async doTranslate(call) {
      calls.push([...call.segments]);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (options.respond) return await options.respond(call, calls.length);
        return { translations: call.segments.map((segment) => `EN(${segment})`) };
      } finally {
        inFlight -= 1;
      }
    },
  };
  return engine;
}
