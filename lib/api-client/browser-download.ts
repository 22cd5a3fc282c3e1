/**
 * The model download a browser engine is doing right now, as one small store the reader
 * subscribes to (useSyncExternalStore): the engine reports progress from wherever it runs, and
 * the progress bar with its Cancel button lives in the reader.
 */
export interface BrowserDownload {
  /** Engine id, e.g. `chrome:default`. */
  engine: string;
  /** Share downloaded, 0 to 1; null until the first progress report. */
  loaded: number | null;
  /** Stops the download; the reader then gets the offline draft instead. */
  cancel: () => void;
}

let current: BrowserDownload | null = null;
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

export function subscribeBrowserDownload(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentBrowserDownload = (): BrowserDownload | null => current;

/** Starts showing a download; returns the handle the engine reports progress and the end through. */
export function beginBrowserDownload(engine: string, cancel: () => void) {
  const download: BrowserDownload = { engine, loaded: null, cancel };
  current = download;
  notify();
  return {
    progress(loaded: number) {
      if (current?.engine !== engine) return;
      current = { ...current, loaded: Math.min(1, Math.max(0, loaded)) };
      notify();
    },
    end() {
      if (current?.engine !== engine) return;
      current = null;
      notify();
    },
  };
}
