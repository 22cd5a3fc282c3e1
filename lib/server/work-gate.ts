import "server-only";

import { ApiError } from "./api-error";

/**
 * Admits at most `concurrency` heavy requests at once and lets `maxWaiting` more wait; past
 * that a request is refused at once with 503 and Retry-After instead of queueing without end,
 * so a burst of large articles cannot pile up memory or starve small requests.
 */
export class WorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly retryAfterSeconds = 5,
  ) {}

  /** Takes a slot, waiting if needed; resolves with the function that gives it back. */
  async acquire(): Promise<() => void> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new ApiError(
          "server_busy",
          "The server is busy with other large requests; try again in a few seconds.",
          { "Retry-After": String(this.retryAfterSeconds) },
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` stays as it is.
      if (next !== undefined) next();
      else this.running -= 1;
    };
  }

  /** Runs `work` in a slot. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Requests running and waiting, for tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Requests with more characters than this pass through the gate; smaller ones never wait. */
export const HEAVY_REQUEST_CHARACTERS = 20_000;
