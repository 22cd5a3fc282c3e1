"use client";

import { createContext, use, useCallback, useSyncExternalStore } from "react";

/**
 * Where a row stands relative to the screen:
 * - "far": never near the screen yet; it renders as plain text (cheap), with no menus.
 * - "rendered": was near once, so it is a full row, and stays one (its menus, editor and
 *   history keep their state); it is not near now.
 * - "near": on or near the screen now; only these rows compute the romanised line.
 */
export type RowPresenceState = "far" | "rendered" | "near";

/**
 * How far beyond the screen a row counts as near, as a share of the screen's height. Larger
 * than the margin Chromium's `content-visibility: auto` renders in (half a screen), so a row
 * changes what it renders while the browser still skips its layout, and scrolling shows no jump.
 */
export const NEAR_MARGIN = "150% 0px";

/** Articles up to this many rows render every row in full: the saving only matters when long. */
export const EAGER_ROWS = 40;

export interface RowPresence {
  state(index: number): RowPresenceState;
  subscribe(index: number, listener: () => void): () => void;
  /** Watches a row's element; returns the function that stops watching it. */
  observe(index: number, element: Element): () => void;
  /** Makes a row near now (it took focus, or something needs it in full). */
  reveal(index: number): void;
  disconnect(): void;
}

/** Every row in full and near: no observer (jsdom, old browsers) or a short article. */
const EVERY_ROW_NEAR: RowPresence = {
  state: () => "near",
  subscribe: () => () => undefined,
  observe: () => () => undefined,
  reveal: () => undefined,
  disconnect: () => undefined,
};

/**
 * One IntersectionObserver for all the reader's rows; each row subscribes to its own state,
 * so a row crossing the margin re-renders that row alone.
 */
export function createRowPresence(rowCount: number): RowPresence {
  if (rowCount <= EAGER_ROWS || typeof IntersectionObserver === "undefined") return EVERY_ROW_NEAR;
  const near = new Set<number>();
  const rendered = new Set<number>();
  const listeners = new Map<number, Set<() => void>>();
  const indexOf = new WeakMap<Element, number>();
  const notify = (index: number) => {
    for (const listener of listeners.get(index) ?? []) listener();
  };
  const setNear = (index: number, isNear: boolean) => {
    if (near.has(index) === isNear) return;
    if (isNear) {
      near.add(index);
      rendered.add(index);
    } else near.delete(index);
    notify(index);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = indexOf.get(entry.target);
        if (index !== undefined) setNear(index, entry.isIntersecting);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    state: (index) => (near.has(index) ? "near" : rendered.has(index) ? "rendered" : "far"),
    subscribe(index, listener) {
      let set = listeners.get(index);
      if (set === undefined) {
        set = new Set();
        listeners.set(index, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    observe(index, element) {
      indexOf.set(element, index);
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    reveal: (index) => setNear(index, true),
    disconnect: () => observer.disconnect(),
  };
}

export const RowPresenceContext = createContext<RowPresence>(EVERY_ROW_NEAR);

/** This row's state; re-renders the row when it changes. */
export function useRowPresence(index: number): RowPresenceState {
  const presence = use(RowPresenceContext);
  const subscribe = useCallback(
    (listener: () => void) => presence.subscribe(index, listener),
    [presence, index],
  );
  const state = () => presence.state(index);
  return useSyncExternalStore(subscribe, state, state);
}
