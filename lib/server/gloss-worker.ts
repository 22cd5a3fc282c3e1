/**
 * The server's CPU-heavy work in a worker thread: the gloss engine and the extractive summary.
 * Bundled by scripts/build-workers.mjs into .next/workers/gloss-worker.mjs; the server's worker
 * pool runs it, so a long gloss or a summary of thousands of sentences never holds the event
 * loop that answers every other request.
 */
import { parentPort } from "node:worker_threads";
import { extractiveSummary } from "@/lib/summary/extractive-summary";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import type { LanguageCode } from "@/lib/translation/engine-spec";

const engine = createGlossEngine();

/** The tasks this worker takes; `kind` tells them apart. */
export type GlossWorkerTask =
  | { kind: "translate"; segments: string[]; source: LanguageCode; target: LanguageCode }
  | { kind: "summary"; paragraphs: string[]; language: LanguageCode; maxBullets?: number };

async function perform(task: GlossWorkerTask): Promise<unknown> {
  if (task.kind === "summary") {
    return extractiveSummary(task.paragraphs, task.language, {
      ...(task.maxBullets === undefined ? {} : { maxBullets: task.maxBullets }),
    });
  }
  return engine.doTranslate({ segments: task.segments, source: task.source, target: task.target });
}

parentPort?.on("message", async (task: GlossWorkerTask) => {
  try {
    parentPort?.postMessage({ ok: true, value: await perform(task) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).message });
  }
});
