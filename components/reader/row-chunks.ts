import { EAGER_ROWS, NEAR_MARGIN } from "./row-presence";

/**
 * Rows per chunk. A chunk far from the screen is one element holding its rows as HTML
 * (far-rows-html.ts); once it comes near, its rows become React rows for good. Small enough
 * that the first screen promotes a few dozen rows, large enough that 500 rows are 20 elements.
 */
export const CHUNK_ROWS = 25;

export const chunkOf = (index: number) => Math.floor(index / CHUNK_ROWS);

/**
 * Which of the reader's chunks of rows are React rows ("promoted"). A chunk is promoted when it
 * comes within NEAR_MARGIN of the screen, or when something needs one of its rows (focus, a
 * click, a deep link), and stays promoted, so its rows keep their state.
 */
export interface RowChunks {
  isPromoted(chunk: number): boolean;
  /** Changes whenever a chunk is promoted; for useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
  /** Watches a far chunk's element; returns the function that stops watching it. */
  observe(chunk: number, element: Element): () => void;
  promote(chunk: number): void;
  disconnect(): void;
}

/** Every chunk promoted: a short article, or no IntersectionObserver (jsdom, old browsers). */
const EVERY_CHUNK: RowChunks = {
  isPromoted: () => true,
  version: () => 0,
  subscribe: () => () => undefined,
  observe: () => () => undefined,
  promote: () => undefined,
  disconnect: () => undefined,
};

/** The paragraph a `#p-N` address names, if any. */
export function linkedParagraph(): number | null {
  if (typeof window === "undefined") return null;
  const match = /^#p-(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

/**
 * The chunks of a list of `rowCount` rows. `first` are the rows whose chunks start promoted:
 * the article's top, where a new reader opens, and a deep link's row.
 */
export function createRowChunks(rowCount: number, first: readonly number[]): RowChunks {
  if (rowCount <= EAGER_ROWS || typeof IntersectionObserver === "undefined") return EVERY_CHUNK;
  const promoted = new Set(first.filter((row) => row >= 0 && row < rowCount).map(chunkOf));
  const listeners = new Set<() => void>();
  const chunkOfElement = new WeakMap<Element, number>();
  let version = 0;
  const promote = (chunk: number) => {
    if (promoted.has(chunk)) return;
    promoted.add(chunk);
    version += 1;
    for (const listener of listeners) listener();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const chunk = chunkOfElement.get(entry.target);
        if (chunk !== undefined && entry.isIntersecting) promote(chunk);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    isPromoted: (chunk) => promoted.has(chunk),
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(chunk, element) {
      chunkOfElement.set(element, chunk);
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    promote,
    disconnect: () => observer.disconnect(),
  };
}
