import type { EngineAvailability } from "@/lib/translation/engine-spec";
import { configurationDigest, sharedGet, type SharedState } from "@/lib/translation/shared-state";
import {
  EngineUnavailableError,
  TranslationAbortedError,
  TranslationError,
} from "@/lib/translation/errors";

/** The settings every HTTP engine factory takes. */
export interface HttpEngineSettings {
  /** Base URL of the service; overrides the engine's `…_URL` variable and default. */
  baseUrl?: string;
  /** Credential; overrides the engine's key variable. Read at call time, never sent to browsers. */
  apiKey?: string;
  /** Replaces the global fetch (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Where variables are read from at call time; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /**
   * State shared with the other instances (Redis when REDIS_URL is set): probe results and
   * degraded modes learnt by one instance are used by all.
   */
  sharedState?: SharedState;
}

export function readSetting(
  explicit: string | undefined,
  settings: HttpEngineSettings,
  variable: string,
): string | undefined {
  if (explicit !== undefined && explicit !== "") return explicit;
  const value = (settings.env ?? process.env)[variable];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** Milliseconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface JsonRequest {
  /** Engine name for messages, e.g. "LibreTranslate". */
  engine: string;
  /** Variable that holds the key, named in authentication errors. */
  keyVariable: string;
  fetch: typeof fetch;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Sends a JSON request and maps every failure to a TranslationError: authentication fails fast
 * and names the variable to set; rate limits and server errors are retryable (honouring
 * Retry-After); a body that is not JSON is an invalid response. Vendor error text is not
 * copied into messages, so nothing a vendor echoes (a key, a URL) reaches our users.
 */
/** What an engine answered with a refusal: its status and the start of its body. */
export class EngineResponseError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
    this.name = "EngineResponseError";
  }
}

export async function requestJson(request: JsonRequest): Promise<unknown> {
  let response: Response;
  try {
    response = await request.fetch(request.url, {
      method: request.method ?? "POST",
      headers: {
        Accept: "application/json",
        ...(request.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw new TranslationAbortedError();
    throw new TranslationError("engine_unavailable", {
      message: `${request.engine} could not be reached.`,
      isRetryable: true,
      cause: error,
    });
  }

  if (!response.ok) {
    // Drain the body so the connection can be reused. Its content is not trusted for messages;
    // the start of it is kept on the error (as its cause) for callers that recognise a reply.
    const errorBody = (await response.text().catch(() => "")).slice(0, 2_000);
    const status = response.status;
    if (status === 401 || status === 403) {
      throw new TranslationError("authentication_failed", {
        message: `${request.engine} refused the credentials (HTTP ${status}): check ${request.keyVariable}.`,
      });
    }
    if (status === 429) {
      throw new TranslationError("rate_limited", {
        message: `${request.engine} is rate-limiting requests (HTTP 429).`,
        isRetryable: true,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }
    if (status === 456) {
      throw new TranslationError("rate_limited", {
        message: `${request.engine} quota is used up (HTTP 456).`,
      });
    }
    if (status === 413) {
      throw new TranslationError("request_too_large", {
        message: `${request.engine} refused the request as too large (HTTP 413).`,
      });
    }
    if (status >= 500) {
      throw new TranslationError("engine_failure", {
        message: `${request.engine} failed (HTTP ${status}).`,
        isRetryable: true,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }
    throw new TranslationError("engine_failure", {
      message: `${request.engine} rejected the request (HTTP ${status}).`,
      cause: new EngineResponseError(status, errorBody),
    });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw new TranslationAbortedError();
    throw new TranslationError("engine_failure", {
      message: `${request.engine} broke off its answer.`,
      isRetryable: true,
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TranslationError("invalid_response", {
      message: `${request.engine} answered with malformed JSON.`,
      isRetryable: true,
    });
  }
}

export function invalidResponse(engine: string, detail: string): TranslationError {
  return new TranslationError("invalid_response", {
    message: `${engine} answered in an unexpected shape: ${detail}.`,
    isRetryable: true,
  });
}

export const trimSlash = (url: string) => url.replace(/\/+$/, "");

export { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";

/**
 * Remembers an engine's availability probe for a while, per configuration (the key), so that
 * planning each request does not cost a network round trip to the engine's server.
 *
 * With shared state the answer is also kept there for `ttlMs`, under a digest of the key (it
 * may hold an API key), so one instance's probe serves all; this process then trusts its own
 * copy for only a few seconds, so an engine going down on one instance's watch is seen by the
 * others soon after.
 */
export function createProbeCache(
  ttlMs = 30_000,
  shared?: { state: SharedState | undefined; name: string },
) {
  let last: { key: string; at: number; result: EngineAvailability } | undefined;
  const state = shared?.state;
  const localTtlMs = state ? Math.min(ttlMs, SHARED_PROBE_LOCAL_TTL_MS) : ttlMs;
  const check = async (
    key: string,
    probe: () => Promise<EngineAvailability>,
  ): Promise<EngineAvailability> => {
    if (last && last.key === key && Date.now() - last.at < localTtlMs) return last.result;
    const sharedKey = state
      ? `probe:${shared?.name ?? "engine"}:${await configurationDigest(key)}`
      : undefined;
    if (state && sharedKey) {
      const known = parseAvailability(await sharedGet(state, sharedKey));
      if (known) {
        last = { key, at: Date.now(), result: known };
        return known;
      }
    }
    const result = await probe();
    last = { key, at: Date.now(), result };
    if (state && sharedKey) await state.setMany([[sharedKey, JSON.stringify(result)]], ttlMs);
    return result;
  };
  return Object.assign(check, {
    /**
     * A request the engine just answered: it is up, as a probe would say, so the remembered
     * result counts from now. An engine in steady use is then never probed in the middle of a
     * translation, where the probe would cost a round trip and take one of its request slots.
     */
    confirm(key: string) {
      if (last?.key === key && last.result.available) last = { ...last, at: Date.now() };
    },
  });
}

/**
 * The key a probe result is remembered under: the server's address and the key used with it, so
 * a changed configuration is probed afresh. The probe and `confirm` must build it the same way.
 */
export function probeKey(url: string, apiKey: string | undefined): string {
  return `${url}\u0000${apiKey ?? ""}`;
}

/** How long an instance trusts its own probe result when the result is also shared. */
const SHARED_PROBE_LOCAL_TTL_MS = 5_000;

/** A probe result read back from shared state; undefined for anything not of its shape. */
function parseAvailability(text: string | undefined): EngineAvailability | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<EngineAvailability> | null;
    if (typeof value?.available !== "boolean") return undefined;
    return {
      available: value.available,
      ...(typeof value.reason === "string" ? { reason: value.reason } : {}),
      ...(typeof value.progress === "number" ? { progress: value.progress } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A setting an engine cannot work without: its value, or an error naming the variable to set. */
export function requireSetting(
  value: string | undefined,
  engine: string,
  variable: string,
): string {
  if (value === undefined)
    throw new EngineUnavailableError(`${engine} is not configured: set ${variable}.`);
  return value;
}

/** Availability answer for an engine whose variables are missing. */
export function missingVariable(...variables: string[]) {
  return { available: false, reason: `Set ${variables.join(" and ")}.` };
}
