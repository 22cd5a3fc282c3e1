import { whenIdle } from "./after-paint";
import { EAGER_ROWS, NEAR_MARGIN } from "./row-presence";

/**
 * Rows per chunk. A chunk far from the screen is one element holding its rows as HTML
 * (far-rows-html.ts); once it comes near, its rows become React rows for good. Small enough
 * that the first screen promotes a few dozen rows, large enough that 500 rows are 20 elements.
 */
export const CHUNK_ROWS = 25;

export const chunkOf = (index: number) => Math.floor(index / CHUNK_ROWS);

/**
 * While rows are still arriving, how long a chunk near the screen waits for the rest before it
 * becomes React rows anyway (a slow engine must not leave the screen's rows plain for long).
 */
export const UNSETTLED_PROMOTE_DELAY_MS = 400;

/**
 * Which of the reader's chunks of rows are React rows ("promoted"). Every chunk starts as HTML,
 * so a long article's rows reach the screen as one cheap render. A chunk within NEAR_MARGIN of
 * the screen is promoted when the browser is next idle once the list has settled (every row in,
 * or the stream over), or UNSETTLED_PROMOTE_DELAY_MS after it came near if rows are still
 * arriving; something that needs one of its rows (focus, a click, a deep link) promotes it at
 * once. A promoted chunk stays promoted, so its rows keep their state.
 */
export interface RowChunks {
  isPromoted(chunk: number): boolean;
  /** Changes whenever a chunk is promoted; for useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
  /** Watches a far chunk's element; returns the function that stops watching it. */
  observe(chunk: number, element: Element): () => void;
  promote(chunk: number): void;
  /** Tells whether every row is in (or will not come): near chunks wait for it, within limits. */
  settle(settled: boolean): void;
  disconnect(): void;
}

/** Every chunk promoted: a short article, or no IntersectionObserver (jsdom, old browsers). */
const EVERY_CHUNK: RowChunks = {
  isPromoted: () => true,
  version: () => 0,
  subscribe: () => () => undefined,
  observe: () => () => undefined,
  promote: () => undefined,
  settle: () => undefined,
  disconnect: () => undefined,
};

/** The paragraph a `#p-N` address names, if any. */
export function linkedParagraph(): number | null {
  if (typeof window === "undefined") return null;
  const match = /^#p-(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

/**
 * The chunks of a list of `rowCount` rows. `first` are the rows whose chunks start promoted (a
 * deep link's row, which must be a React row to be focused).
 */
export function createRowChunks(
  rowCount: number,
  first: readonly number[],
  /** Called just before chunks are promoted, while the page still shows them as HTML. */
  beforePromote: () => void = () => undefined,
): RowChunks {
  if (rowCount <= EAGER_ROWS || typeof IntersectionObserver === "undefined") return EVERY_CHUNK;
  const promoted = new Set(first.filter((row) => row >= 0 && row < rowCount).map(chunkOf));
  // Chunks near the screen, not yet promoted.
  const near = new Set<number>();
  const listeners = new Set<() => void>();
  const chunkOfElement = new WeakMap<Element, number>();
  let version = 0;
  let settled = false;
  let cancelIdle: (() => void) | null = null;
  let delay: ReturnType<typeof setTimeout> | null = null;
  const notify = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const promote = (chunk: number) => {
    near.delete(chunk);
    if (promoted.has(chunk)) return;
    beforePromote();
    promoted.add(chunk);
    notify();
  };
  const promoteNear = () => {
    cancelIdle = null;
    if (near.size === 0) return;
    beforePromote();
    for (const chunk of near) promoted.add(chunk);
    near.clear();
    notify();
  };
  const atIdle = () => {
    cancelIdle ??= whenIdle(promoteNear);
  };
  // Called whenever a chunk comes near or the list settles; each path ends in one idle callback.
  const schedule = () => {
    if (near.size === 0) return;
    if (settled) {
      atIdle();
      return;
    }
    delay ??= setTimeout(() => {
      delay = null;
      atIdle();
    }, UNSETTLED_PROMOTE_DELAY_MS);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const chunk = chunkOfElement.get(entry.target);
        if (chunk === undefined || promoted.has(chunk)) continue;
        if (entry.isIntersecting) near.add(chunk);
        else near.delete(chunk);
      }
      schedule();
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
    settle(value) {
      settled = value;
      schedule();
    },
    disconnect() {
      observer.disconnect();
      cancelIdle?.();
      cancelIdle = null;
      if (delay !== null) clearTimeout(delay);
      delay = null;
    },
  };
}
