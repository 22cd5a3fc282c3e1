"use client";

import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 767px)";

// Environments without media queries (jsdom) are treated as wide screens.
const hasMediaQueries = () => typeof window.matchMedia === "function";

function subscribe(onChange: () => void) {
  if (!hasMediaQueries()) return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/** True on a phone-sized screen, where two columns of text do not fit; false on the server. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => hasMediaQueries() && window.matchMedia(QUERY).matches,
    () => false,
  );
}
