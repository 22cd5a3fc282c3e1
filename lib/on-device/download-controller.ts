import type { ModelManifest } from "./model-manifest";
import { downloadModel, isDownloaded, ModelDownloadError, removeModel } from "./model-store";

/** Where the on-device translator's download stands, shared by every part of the page. */
export type OnDeviceStatus =
  | { status: "unknown" }
  | { status: "absent"; resumable: boolean }
  | { status: "downloading"; loaded: number; total: number }
  | { status: "ready" }
  | { status: "failed"; code: string; message: string }
  | { status: "removed" };

let state: OnDeviceStatus = { status: "unknown" };
let controller: AbortController | null = null;
const listeners = new Set<() => void>();
const changed = new Set<() => void>();

function set(next: OnDeviceStatus) {
  state = next;
  for (const listener of listeners) listener();
}

export const onDeviceStatus = (): OnDeviceStatus => state;

export function subscribeOnDeviceStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called once the set of usable engines changed (downloaded or removed). */
export function onOnDeviceChange(listener: () => void): () => void {
  changed.add(listener);
  return () => changed.delete(listener);
}

const announce = () => {
  for (const listener of changed) listener();
};

/** Looks in the browser's storage for this manifest's files. */
export async function checkOnDevice(manifest: ModelManifest): Promise<void> {
  if (state.status === "downloading") return;
  set(
    (await isDownloaded(manifest).catch(() => false))
      ? { status: "ready" }
      : { status: "absent", resumable: false },
  );
}

/** Downloads (or resumes) the translator; the reader's click is the only thing that starts it. */
export async function startOnDeviceDownload(manifest: ModelManifest): Promise<void> {
  if (state.status === "downloading") return;
  controller = new AbortController();
  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  set({ status: "downloading", loaded: 0, total });
  try {
    await downloadModel(manifest, {
      signal: controller.signal,
      onProgress: ({ loaded }) => set({ status: "downloading", loaded, total }),
    });
    set({ status: "ready" });
    announce();
  } catch (error) {
    const code = error instanceof ModelDownloadError ? error.code : "storage";
    const message = (error as Error).message;
    set({ status: "failed", code, message });
  } finally {
    controller = null;
  }
}

export function cancelOnDeviceDownload(): void {
  controller?.abort();
}

/** Deletes every stored file; the engine's worker is stopped by the caller. */
export async function removeOnDevice(): Promise<void> {
  cancelOnDeviceDownload();
  await removeModel();
  set({ status: "removed" });
  announce();
}
