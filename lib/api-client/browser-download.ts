import { TranslationError } from "@/lib/translation/errors";

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

/**
 * How long a browser translator's model download may go without a single `downloadprogress`
 * event before the reader gives up on it. Chrome reports progress many times a second while
 * bytes arrive, and its first report comes within a few seconds of `create()` on a working
 * connection; a browser that cannot reach its model server (Debian's Chromium offline) answers
 * "downloadable" and then never reports at all. Thirty seconds is far beyond any pause a live
 * download makes, and short enough that a reader waits half a minute, not forever, before
 * getting the offline draft.
 */
export const DOWNLOAD_STALL_LIMIT_MS = 30_000;

/**
 * A watchdog for one download: `stalled` rejects with a timeout once `limitMs` pass without a
 * call to `progress()` (each one starts the wait afresh). `stop()` ends the watch when the
 * download settles either way.
 */
export function watchDownloadStall(limitMs: number = DOWNLOAD_STALL_LIMIT_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: TranslationError) => void = () => undefined;
  const stalled = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  // Nobody may be listening when the download settled first; the rejection is then expected.
  stalled.catch(() => undefined);
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        giveUp(
          new TranslationError("timeout", {
            message: `the download made no progress for ${Math.round(limitMs / 1000)} seconds`,
            isRetryable: true,
          }),
        ),
      limitMs,
    );
  };
  arm();
  return {
    stalled,
    progress: arm,
    stop: () => clearTimeout(timer),
  };
}
