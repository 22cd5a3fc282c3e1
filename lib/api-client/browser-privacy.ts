/**
 * The reader's "Don't save this article" switch. When on, the document stays in this browser:
 * no permalink is saved, the summary is made here, and a paragraph a browser engine fails on is
 * left for Retry rather than sent to the server for the offline draft. Remembered per browser.
 */
const STORAGE_KEY = "keep-articles-in-browser";
const listeners = new Set<() => void>();

export function keepsArticlesInBrowser(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "true";
  } catch {
    return false;
  }
}

export function setKeepArticlesInBrowser(value: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(value));
  } catch {
    // Storage may be blocked; the switch then lasts for this page only.
    memory = value;
  }
  memory = value;
  for (const listener of listeners) listener();
}

let memory: boolean | undefined;

export function subscribeKeepArticlesInBrowser(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current value for useSyncExternalStore: storage first, this page's choice if blocked. */
export const keepArticlesInBrowserSnapshot = (): boolean => memory ?? keepsArticlesInBrowser();
