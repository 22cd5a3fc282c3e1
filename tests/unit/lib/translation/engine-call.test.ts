import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import {
  abortableSleep,
  callWithTimeout,
  retryDelay,
  translateSegments,
  withRetries,
  type RetryPolicy,
} from "@/lib/translation/engine-call";
import { TranslationError } from "@/lib/translation/errors";
import { createFakeEngine } from "@/tests/support/fake-engine";

const call = { segments: ["एक।"], source: "hi" as const, target: "en" as const };

const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  maxRetries: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  random: () => 0.5,
  ...overrides,
});

describe("callWithTimeout", () => {
  it("removes every listener it adds to the caller's signal, however the call ends", async () => {
    const controller = new AbortController();
    const engine = createFakeEngine();
    for (let index = 0; index < 20; index += 1)
      await callWithTimeout(engine, call, 5_000, controller.signal);
    const failing = createFakeEngine({
      respond: () => {
        throw new TranslationError("engine_failure", { message: "no", isRetryable: false });
      },
    });
    for (let index = 0; index < 5; index += 1)
      await expect(callWithTimeout(failing, call, 5_000, controller.signal)).rejects.toThrow();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("stops on the caller's abort, and aborts the engine's own signal too", async () => {
    const controller = new AbortController();
    let engineSignal: AbortSignal | undefined;
    const hanging = createFakeEngine({
      respond: (options) => {
        engineSignal = options.abortSignal;
        controller.abort();
        return new Promise(() => undefined);
      },
    });
    await expect(callWithTimeout(hanging, call, 5_000, controller.signal)).rejects.toMatchObject({
      code: "aborted",
    });
    expect(engineSignal?.aborted).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("times out an engine that never answers", async () => {
    const hanging = createFakeEngine({ respond: () => new Promise(() => undefined) });
    await expect(callWithTimeout(hanging, call, 20, undefined)).rejects.toMatchObject({
      code: "timeout",
      isRetryable: true,
    });
  });
});

describe("translateSegments", () => {
  it("rejects an answer with the wrong number of texts, or a text that is not a string", async () => {
    const short = createFakeEngine({ respond: () => ({ translations: [] }) });
    await expect(translateSegments(short, call, 5_000, undefined)).rejects.toMatchObject({
      code: "segment_count_mismatch",
    });
    const numeric = createFakeEngine({
      respond: () => ({ translations: [42 as unknown as string] }),
    });
    await expect(translateSegments(numeric, call, 5_000, undefined)).rejects.toMatchObject({
      code: "invalid_response",
    });
  });
});

describe("withRetries", () => {
  const rateLimited = (retryAfterMs?: number) =>
    new TranslationError("rate_limited", { message: "slow down", isRetryable: true, retryAfterMs });

  it("waits as long as Retry-After asks (up to the ceiling), else backs off exponentially", async () => {
    const delays: number[] = [];
    const failures = [rateLimited(700), rateLimited(5_000), rateLimited(), rateLimited()];
    let attempt = 0;
    const result = await withRetries(
      async () => {
        const failure = failures[attempt];
        attempt += 1;
        if (failure) throw failure;
        return "done";
      },
      policy({ maxRetries: 4, sleep: async (milliseconds) => void delays.push(milliseconds) }),
      undefined,
    );
    expect(result).toBe("done");
    // Retry-After 700; Retry-After 5 s capped at 1 s; then 100·2² and 100·2³, times the jitter 0.75.
    expect(delays).toEqual([700, 1_000, 300, 600]);
  });

  it("gives up after maxRetries and never retries what is not retryable", async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw rateLimited();
        },
        policy({ maxRetries: 2, sleep: async () => undefined }),
        undefined,
      ),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect(calls).toBe(3);

    calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw new TranslationError("authentication_failed", { message: "bad key" });
        },
        policy({ sleep: async () => undefined }),
        undefined,
      ),
    ).rejects.toMatchObject({ code: "authentication_failed" });
    expect(calls).toBe(1);
  });

  it("computes jittered backoff between half and all of the doubled base delay", () => {
    const error = rateLimited();
    expect(retryDelay(error, 0, policy({ random: () => 0 }))).toBe(50);
    expect(retryDelay(error, 2, policy({ random: () => 0.999_999 }))).toBeCloseTo(400, 3);
    expect(retryDelay(error, 10, policy({ random: () => 0 }))).toBe(500);
  });
});

describe("abortableSleep", () => {
  it("rejects when the signal fires and leaves no listener behind when it does not", async () => {
    const controller = new AbortController();
    await abortableSleep(1, controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ code: "aborted" });
  });
});
