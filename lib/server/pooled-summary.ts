import "server-only";

import {
  extractiveSummary,
  type ExtractiveSummaryOptions,
  type SummarySentence,
} from "@/lib/summary/extractive-summary";
import type { LanguageCode } from "@/lib/text/language";
import { ApiError } from "./api-error";
import type { GlossWorkerTask } from "./gloss-worker";
import { PoolFullError, type WorkerPool } from "./worker-pool";

/** Picks an article's summary sentences; resolves off the event loop when a pool is there. */
export type ExtractiveSummarizer = (
  paragraphs: readonly string[],
  language: LanguageCode,
  options: ExtractiveSummaryOptions,
  signal?: AbortSignal,
) => Promise<SummarySentence[]>;

/**
 * The extractive summary run in the server's worker pool. Its sentence graph is linear in the
 * article, but 10,000 short sentences still take a couple of seconds of CPU: in the request
 * thread that was a couple of seconds in which /api/health and every other reader waited.
 * Without the built worker script (unit tests, `next dev` before a build) it runs in-thread.
 */
export function createPooledSummarizer(pool: WorkerPool | undefined): ExtractiveSummarizer {
  return async (paragraphs, language, options, signal) => {
    if (pool === undefined || !pool.available) {
      return extractiveSummary(paragraphs, language, options);
    }
    const task: GlossWorkerTask = {
      kind: "summary",
      paragraphs: [...paragraphs],
      language,
      ...(options.maxBullets === undefined ? {} : { maxBullets: options.maxBullets }),
    };
    try {
      return await pool.run<SummarySentence[]>(task, signal);
    } catch (error) {
      if (error instanceof PoolFullError) {
        throw new ApiError(
          "server_busy",
          "The server is busy with other large requests; try again in a few seconds.",
          { "Retry-After": "5" },
        );
      }
      throw error;
    }
  };
}
