import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/server/api-error";
import { createPooledSummarizer } from "@/lib/server/pooled-summary";
import { WorkerPool } from "@/lib/server/worker-pool";
import { extractiveSummary } from "@/lib/summary/extractive-summary";

const ROOT = path.resolve(import.meta.dirname, "../../../..");
let script = "";

// The real worker, bundled the way scripts/build-workers.mjs bundles it for the server.
beforeAll(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-summary-worker-"));
  await build({
    entryPoints: { "gloss-worker": path.join(ROOT, "lib/server/gloss-worker.ts") },
    outdir: folder,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
  });
  script = path.join(folder, "gloss-worker.mjs");
}, 60_000);

const pools: WorkerPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

function newPool(size: number, maxQueue: number): WorkerPool {
  const pool = new WorkerPool(script, size, maxQueue);
  pools.push(pool);
  return pool;
}

const article = [
  "भारत सरकार ने मंगलवार को नई शिक्षा नीति की घोषणा की। इस नीति से लाखों छात्रों को लाभ होगा।",
  "शिक्षा मंत्री ने कहा कि नीति में कौशल विकास पर ज़ोर दिया गया है। राज्यों ने नीति का स्वागत किया।",
  "विपक्ष ने नीति के कुछ हिस्सों की आलोचना की। छात्रों के संगठनों ने भी अपनी राय रखी।",
  "नीति अगले शैक्षणिक वर्ष से लागू होगी। सरकार ने इसके लिए बजट भी बढ़ाया है।",
];

describe("createPooledSummarizer", () => {
  it("picks in a worker thread exactly the sentences the in-thread summary picks", async () => {
    const summarize = createPooledSummarizer(newPool(1, 4));
    const inThread = extractiveSummary(article, "hi", { maxBullets: 3 });
    expect(inThread.length).toBe(3);
    await expect(summarize(article, "hi", { maxBullets: 3 })).resolves.toEqual(inThread);
  });

  it("keeps the event loop free while it summarises 10,000 short sentences", async () => {
    const summarize = createPooledSummarizer(newPool(1, 4));
    const tiny = Array.from({ length: 1_000 }, (_, paragraph) =>
      Array.from({ length: 10 }, (_, index) => `राम ${paragraph} गया ${index}।`).join(" "),
    );
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const picked = await summarize(tiny, "hi", {});
    clearInterval(timer);
    expect(picked.length).toBeGreaterThan(0);
    // In-thread, the timer could not fire at all until the summary returned.
    expect(ticks).toBeGreaterThan(3);
  });

  it("answers 503 with Retry-After when every worker is busy and the queue is full", async () => {
    const summarize = createPooledSummarizer(newPool(1, 0));
    const tiny = Array.from({ length: 500 }, (_, index) => `राम ${index} गया।`);
    const first = summarize(tiny, "hi", {});
    const second = summarize(tiny, "hi", {});
    await expect(second).rejects.toBeInstanceOf(ApiError);
    await second.catch((error: ApiError) => {
      expect(error.status).toBe(503);
      expect(error.headers["Retry-After"]).toBe("5");
    });
    await expect(first).resolves.not.toHaveLength(0);
  });

  it("summarises in-thread when no worker script has been built", async () => {
    const summarize = createPooledSummarizer(new WorkerPool("/nonexistent/worker.mjs", 1, 1));
    await expect(summarize(article, "hi", { maxBullets: 3 })).resolves.toEqual(
      extractiveSummary(article, "hi", { maxBullets: 3 }),
    );
  });
});
