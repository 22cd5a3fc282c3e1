"use client";

import { useEffect, useState } from "react";
import type { ApiWordLookup } from "@/lib/api/wire-types";
import { fetchWordLookup } from "@/lib/api-client/word-lookup-client";

export type WordLookupState =
  | { status: "loading" }
  | { status: "ready"; entry: ApiWordLookup }
  | { status: "failed"; message: string };

/** Fetches one word's entry; a newer word cancels the older request. */
export function useWordLookup(word: string, language: "hi" | "en"): WordLookupState {
  const [state, setState] = useState<{ key: string; value: WordLookupState }>({
    key: "",
    value: { status: "loading" },
  });
  const key = `${language}:${word}`;
  useEffect(() => {
    const controller = new AbortController();
    fetchWordLookup(word, language, controller.signal)
      .then((entry) => setState({ key, value: { status: "ready", entry } }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, value: { status: "failed", message: (error as Error).message } });
      });
    return () => controller.abort();
  }, [key, word, language]);
  return state.key === key ? state.value : { status: "loading" };
}
