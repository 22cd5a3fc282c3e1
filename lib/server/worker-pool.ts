import "server-only";

import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

interface Task {
  message: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

/** Raised when a pool's queue is full; the request should be retried later. */
export class PoolFullError extends Error {
  constructor() {
    super("Every worker is busy and the queue is full.");
    this.name = "PoolFullError";
  }
}

/**
 * A fixed number of worker threads running one script, each taking one task at a time, with a
 * bounded queue in front. CPU-heavy work sent here leaves the event loop free for every other
 * request. A worker that crashes is replaced; its task fails.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly maxQueue: number,
  ) {}

  /** Whether the worker script exists (it is built by `npm run build`). */
  get available(): boolean {
    return existsSync(this.script);
  }

  /**
   * Runs one task; rejects with PoolFullError at once when the queue is full. Aborting `signal`
   * drops a waiting task, and stops a running one by ending its worker (a fresh one takes its
   * place), so an abandoned task does not keep a core busy.
   */
  run<Result>(message: unknown, signal?: AbortSignal): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Error("The task was aborted."));
        return;
      }
      const task: Task = { message, resolve: resolve as (value: unknown) => void, reject };
      signal?.addEventListener(
        "abort",
        () => {
          const waiting = this.queue.indexOf(task);
          if (waiting !== -1) {
            this.queue.splice(waiting, 1);
            reject(new Error("The task was aborted."));
            return;
          }
          const slot = this.slots.find((candidate) => candidate.task === task);
          if (slot !== undefined) {
            this.replace(slot.worker, new Error("The task was aborted."));
            void slot.worker.terminate();
          }
        },
        { once: true },
      );
      const idle = this.idleSlot();
      if (idle !== undefined) {
        this.start(idle, task);
        return;
      }
      if (this.queue.length >= this.maxQueue) {
        reject(new PoolFullError());
        return;
      }
      this.queue.push(task);
    });
  }

  /** Stops every worker (tests; the process exit does it otherwise). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const task of this.queue.splice(0)) task.reject(new Error("The pool was closed."));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.task === undefined);
    if (idle !== undefined) return idle;
    if (this.slots.length >= this.size) return undefined;
    const slot: Slot = { worker: this.spawn(), task: undefined };
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Worker {
    // A worker's heap is capped like the server's own, so a runaway task cannot take the host.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
    // Idle workers must not keep a finishing process alive.
    worker.unref();
    worker.on("message", (reply: { ok: boolean; value?: unknown; message?: string }) => {
      const slot = this.slots.find((candidate) => candidate.worker === worker);
      const task = slot?.task;
      if (slot === undefined || task === undefined) return;
      slot.task = undefined;
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new Error(reply.message ?? "The worker failed."));
      this.next(slot);
    });
    worker.on("error", (error) => this.replace(worker, error));
    worker.on("exit", (code) => {
      if (code !== 0) this.replace(worker, new Error(`The worker exited with code ${code}.`));
    });
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    const index = this.slots.findIndex((slot) => slot.worker === worker);
    if (index === -1) return;
    const [slot] = this.slots.splice(index, 1);
    slot?.task?.reject(error);
    const waiting = this.queue.shift();
    if (waiting !== undefined) {
      const fresh = this.idleSlot();
      if (fresh === undefined) this.queue.unshift(waiting);
      else this.start(fresh, waiting);
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.worker.postMessage(task.message);
  }

  private next(slot: Slot): void {
    const waiting = this.queue.shift();
    if (waiting === undefined) {
      slot.worker.unref();
      return;
    }
    this.start(slot, waiting);
  }
}
