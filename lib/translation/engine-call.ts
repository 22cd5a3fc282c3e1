import type { LanguageCode } from "@/lib/text/language";
import type { TranslateCallResult, TranslationEngine } from "./engine-spec";
import {
  SegmentCountMismatchError,
  TranslationAbortedError,
  TranslationError,
  TranslationTimeoutError,
  toTranslationError,
} from "./errors";

/*
 * One engine call made safe: a timeout, the caller's abort, a check of what came back, and
 * retries with backoff that honour Retry-After. Every listener added to the caller's signal is
 * removed when the call settles: a document of many batches shares one signal, and leaked
 * listeners would pile up on it (Node warns past ten).
 */

/** How a failed call is retried. */
export interface RetryPolicy {
  /** Retries of a retryable failure, after the first attempt. */
  maxRetries: number;
  /** First backoff delay; doubles each retry. */
  baseDelayMs: number;
  /** Ceiling of one backoff delay, also applied to Retry-After. */
  maxDelayMs: number;
  /** Source of jitter, in [0, 1). */
  random: () => number;
  /** Waits between attempts; replaceable so tests can see the delays without waiting. */
  sleep?: (milliseconds: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** Resolves after `milliseconds`, or rejects with TranslationAbortedError when `signal` fires. */
export function abortableSleep(
  milliseconds: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TranslationAbortedError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TranslationAbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The delay before retry number `attempt` (0-based) after `error`. */
export function retryDelay(error: TranslationError, attempt: number, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) return Math.min(policy.maxDelayMs, error.retryAfterMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return backoff * (0.5 + policy.random() * 0.5);
}

/**
 * Runs `operation`, retrying retryable failures with exponential backoff and jitter (or the
 * engine's Retry-After). Rejects with the last TranslationError; never retries an abort.
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
): Promise<T> {
  const sleep = policy.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (caught) {
      const error = toTranslationError(caught);
      if (error.code === "aborted" || !error.isRetryable || attempt >= policy.maxRetries)
        throw error;
      await sleep(retryDelay(error, attempt, policy), signal);
    }
  }
}

/**
 * One engine call with a timeout. The race matters: an engine that ignores its abort signal
 * must still not hold the document hostage.
 */
export async function callWithTimeout(
  engine: TranslationEngine,
  call: { segments: string[]; source: LanguageCode; target: LanguageCode },
  timeoutMs: number,
  outerSignal: AbortSignal | undefined,
): Promise<TranslateCallResult> {
  if (outerSignal?.aborted) throw new TranslationAbortedError();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      engine.doTranslate({ ...call, abortSignal: controller.signal }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new TranslationTimeoutError(timeoutMs));
        }, timeoutMs);
        if (outerSignal === undefined) return;
        // One listener both stops the engine and settles the race; removed below either way.
        onAbort = () => {
          controller.abort();
          reject(new TranslationAbortedError());
        };
        outerSignal.addEventListener("abort", onAbort, { once: true });
      }),
    ]);
  } catch (error) {
    if (outerSignal?.aborted) throw new TranslationAbortedError();
    throw toTranslationError(error);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) outerSignal?.removeEventListener("abort", onAbort);
  }
}

/**
 * One engine call whose answer is checked: one text per segment, every one a string. A count
 * mismatch rejects with SegmentCountMismatchError so the caller can retry segment by segment.
 */
export async function translateSegments(
  engine: TranslationEngine,
  call: { segments: string[]; source: LanguageCode; target: LanguageCode },
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<TranslateCallResult> {
  const response = await callWithTimeout(engine, call, timeoutMs, signal);
  const count = call.segments.length;
  if (!Array.isArray(response.translations) || response.translations.length !== count) {
    throw new SegmentCountMismatchError(count, response.translations?.length ?? 0);
  }
  if (response.translations.some((translation) => typeof translation !== "string")) {
    throw new TranslationError("invalid_response", {
      message: "The engine returned a non-text translation.",
      isRetryable: true,
    });
  }
  return response;
}
