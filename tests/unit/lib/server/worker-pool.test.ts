import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PoolFullError, WorkerPool } from "@/lib/server/worker-pool";

// A real worker script: busy-waits the given milliseconds on its own thread, then answers.
const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-pool-"));
const script = path.join(folder, "busy-worker.mjs");
writeFileSync(
  script,
  `import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  if (task.crash) process.exit(3);
  const until = Date.now() + task.busyMs;
  while (Date.now() < until) {}
  parentPort.postMessage({ ok: true, value: task.value * 2 });
});`,
);

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
});

describe("WorkerPool", () => {
  it("runs tasks on worker threads while the event loop stays free", async () => {
    pool = new WorkerPool(script, 1, 4);
    const task = pool.run<number>({ busyMs: 300, value: 21 });
    // The main thread's timers keep firing while the worker is busy.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    await expect(task).resolves.toBe(42);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });

  it("refuses tasks past its queue bound", async () => {
    pool = new WorkerPool(script, 1, 1);
    const running = pool.run({ busyMs: 200, value: 1 });
    const queued = pool.run({ busyMs: 0, value: 2 });
    await expect(pool.run({ busyMs: 0, value: 3 })).rejects.toBeInstanceOf(PoolFullError);
    await expect(running).resolves.toBe(2);
    await expect(queued).resolves.toBe(4);
  });

  it("stops an aborted task's worker and goes on with a fresh one", async () => {
    pool = new WorkerPool(script, 1, 4);
    const controller = new AbortController();
    const abandoned = pool.run({ busyMs: 60_000, value: 1 }, controller.signal);
    const queued = pool.run({ busyMs: 0, value: 4 });
    controller.abort();
    await expect(abandoned).rejects.toThrow(/aborted/);
    // Had the 60-second task kept its worker, this would wait a minute and time the test out.
    await expect(queued).resolves.toBe(8);
  });

  it("replaces a worker that dies and fails only its task", async () => {
    pool = new WorkerPool(script, 1, 4);
    await expect(pool.run({ crash: true })).rejects.toThrow(/exited with code 3/);
    await expect(pool.run({ busyMs: 0, value: 5 })).resolves.toBe(10);
  });
});
