import "server-only";

import path from "node:path";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { EngineUnavailableError, TranslationAbortedError } from "@/lib/translation/errors";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import type { GlossWorkerTask } from "./gloss-worker";
import { PoolFullError, WorkerPool } from "./worker-pool";

/** Where `npm run build` puts the gloss worker (scripts/build-workers.mjs). */
export const GLOSS_WORKER_SCRIPT = path.join(process.cwd(), ".next", "workers", "gloss-worker.mjs");

/**
 * The gloss engine with its work done in a worker pool: the same engine, description and
 * output, but the dictionary look-ups run off the event loop. Without the built worker script
 * (unit tests, `next dev` before a build) it glosses in-thread, as before.
 */
export function createPooledGlossEngine(pool: WorkerPool | undefined): TranslationEngineV1 {
  const inThread = createGlossEngine();
  const poolReady = () => pool !== undefined && pool.available;
  return {
    ...inThread,
    async checkAvailability() {
      return poolReady() ? { available: true } : inThread.checkAvailability();
    },
    async doTranslate(options) {
      if (!poolReady() || pool === undefined) return inThread.doTranslate(options);
      if (options.abortSignal?.aborted) throw new TranslationAbortedError();
      try {
        return await pool.run(
          {
            kind: "translate",
            segments: [...options.segments],
            source: options.source,
            target: options.target,
          } satisfies GlossWorkerTask,
          options.abortSignal,
        );
      } catch (error) {
        if (error instanceof PoolFullError) {
          throw new EngineUnavailableError("The offline gloss is busy; try again shortly.");
        }
        if (options.abortSignal?.aborted) throw new TranslationAbortedError();
        throw error;
      }
    },
  };
}

/** The process's gloss pool: HEAVY_WORK_CONCURRENCY workers, a short queue. */
export function createGlossPool(size: number): WorkerPool {
  return new WorkerPool(GLOSS_WORKER_SCRIPT, size, size * 16);
}
