/**
 * The gloss engine in a worker thread. Bundled by scripts/build-workers.mjs into
 * .next/workers/gloss-worker.mjs; the server's worker pool runs it, so a long gloss never
 * holds the event loop that answers every other request.
 */
import { parentPort } from "node:worker_threads";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import type { LanguageCode } from "@/lib/translation/engine-spec";

const engine = createGlossEngine();

parentPort?.on(
  "message",
  async (task: { segments: string[]; source: LanguageCode; target: LanguageCode }) => {
    try {
      const value = await engine.doTranslate({
        segments: task.segments,
        source: task.source,
        target: task.target,
      });
      parentPort?.postMessage({ ok: true, value });
    } catch (error) {
      parentPort?.postMessage({ ok: false, message: (error as Error).message });
    }
  },
);
