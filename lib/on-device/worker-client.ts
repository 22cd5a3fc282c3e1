/**
 * Talks to the on-device translator's Web Worker (public/on-device/bergamot-worker.js): one
 * request, one answer, matched by id. Translation runs there, so the reader stays responsive.
 */
export const WORKER_URL = "/on-device/bergamot-worker.js";

export interface WorkerFile {
  bytes: ArrayBuffer;
  compression: "gzip" | "none";
}

type Request =
  | { type: "init" }
  | { type: "load"; direction: string; files: Record<string, WorkerFile> }
  | { type: "translate"; direction: string; texts: string[] };

type Answer =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

/** An error the worker reported (the runtime or the model failed). */
export class OnDeviceWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OnDeviceWorkerError";
  }
}

export interface TranslatorWorker {
  init(): Promise<{ version: string }>;
  load(direction: string, files: Record<string, WorkerFile>): Promise<void>;
  translate(direction: string, texts: string[]): Promise<string[]>;
  terminate(): void;
}

export function startTranslatorWorker(
  createWorker: () => Worker = () => new Worker(WORKER_URL),
): TranslatorWorker {
  const worker = createWorker();
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.addEventListener("message", (event: MessageEvent<Answer>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.ok) waiting.resolve(event.data.result);
    else waiting.reject(new OnDeviceWorkerError(event.data.error.message));
  });
  worker.addEventListener("error", (event) =>
    failAll(new OnDeviceWorkerError(event.message || "The translator worker could not start.")),
  );
  const call = (request: Request, transfer: Transferable[] = []) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request }, transfer);
    });
  return {
    init: async () => (await call({ type: "init" })) as { version: string },
    load: async (direction, files) => {
      await call(
        { type: "load", direction, files },
        Object.values(files).map((file) => file.bytes),
      );
    },
    translate: async (direction, texts) =>
      (await call({ type: "translate", direction, texts })) as string[],
    terminate: () => {
      worker.terminate();
      failAll(new OnDeviceWorkerError("The translator worker was stopped."));
    },
  };
}
