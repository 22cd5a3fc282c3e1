"use client";

import { useEffect, useRef } from "react";

type View = "form" | "reader";

/** Our part of a history entry's state; Next.js keeps its own keys beside it. */
function viewOf(state: unknown): View | undefined {
  const view = (state as { dvibhashiView?: unknown } | null)?.dvibhashiView;
  return view === "form" || view === "reader" ? view : undefined;
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
      if (viewOf(event.state) === "form") handlers.current.onShowForm();
      else handlers.current.onShowReader();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  return {
    /** Called on Translate: the current entry becomes the form's, and the reader gets a new one. */
    pushReader() {
      if (viewOf(window.history.state) === "reader") return;
      window.history.replaceState({ ...window.history.state, dvibhashiView: "form" }, "");
      window.history.pushState({ ...window.history.state, dvibhashiView: "reader" }, "");
    },
    /** Called on New article from a permalink: the form gets its own entry at the home page. */
    pushForm() {
      window.history.pushState({ ...window.history.state, dvibhashiView: "form" }, "", "/");
    },
  };
}
