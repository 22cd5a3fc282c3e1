"use client";

import { useEffect, useRef } from "react";
import { whenIdle } from "./after-paint";

type View = "form" | "reader";

/** Our part of a history entry's state; Next.js keeps its own keys beside it. */
function viewOf(state: unknown): View | undefined {
  const view = (state as { dvibhashiView?: unknown } | null)?.dvibhashiView;
  return view === "form" || view === "reader" ? view : undefined;
}

// The reader's entry waiting to be written, one per page: pushState costs more than 10 ms in
// Chromium, too much for the click that shows the reader, so it is written when idle.
let pendingReaderEntry: { write: () => void; cancel: () => void } | null = null;

/**
 * Writes the reader's history entry now if it is still waiting. Anything else that writes the
 * history (the permalink's address, the form's entry) calls this first, so entries keep their
 * order.
 */
export function settleReaderEntry() {
  const pending = pendingReaderEntry;
  if (pending === null) return;
  pending.cancel();
  pending.write();
}

/** Puts `url` in the address bar for the reader's entry (its permalink), after that entry. */
export function replaceReaderAddress(url: string) {
  settleReaderEntry();
  window.history.replaceState(window.history.state, "", url);
}

/**
 * Gives the form and the reader their own history entries: Translate pushes one for the reader,
 * so Back returns to the form with its text, and Forward opens the reader again. An entry we did
 * not make (a permalink opened directly) counts as the reader.
 */
export function useReadingHistory({
  onShowForm,
  onShowReader,
}: {
  onShowForm: () => void;
  onShowReader: () => void;
}) {
  const handlers = useRef({ onShowForm, onShowReader });
  useEffect(() => {
    handlers.current = { onShowForm, onShowReader };
  });

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      // Back pressed before the reader's entry was written: there is no entry to leave.
      pendingReaderEntry?.cancel();
      if (viewOf(event.state) === "form") handlers.current.onShowForm();
      else handlers.current.onShowReader();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  return {
    /** Called on Translate: the current entry becomes the form's, and the reader gets a new one. */
    pushReader() {
      if (pendingReaderEntry !== null || viewOf(window.history.state) === "reader") return;
      const write = () => {
        pendingReaderEntry = null;
        if (viewOf(window.history.state) === "reader") return;
        window.history.replaceState({ ...window.history.state, dvibhashiView: "form" }, "");
        window.history.pushState({ ...window.history.state, dvibhashiView: "reader" }, "");
      };
      const cancelIdle = whenIdle(write);
      pendingReaderEntry = {
        write,
        cancel: () => {
          cancelIdle();
          pendingReaderEntry = null;
        },
      };
    },
    /** Called on New article from a permalink: the form gets its own entry at the home page. */
    pushForm() {
      settleReaderEntry();
      window.history.pushState({ ...window.history.state, dvibhashiView: "form" }, "", "/");
    },
  };
}
