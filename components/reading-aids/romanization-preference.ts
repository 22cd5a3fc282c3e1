"use client";

import { useSyncExternalStore } from "react";
import type { RomanizationScheme } from "@/lib/transliteration/hindi-romanization";

/** Whether the romanised line is on, and in which scheme; kept in this browser. */
export interface RomanizationPreference {
  on: boolean;
  scheme: RomanizationScheme;
}

const STORAGE_KEY = "dvibhashi.romanization";
const OFF: RomanizationPreference = { on: false, scheme: "hinglish" };
const listeners = new Set<() => void>();
let current: RomanizationPreference | null = null;

function read(): RomanizationPreference {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null") as unknown;
    if (stored !== null && typeof stored === "object") {
      const { on, scheme } = stored as Partial<RomanizationPreference>;
      return {
        on: on === true,
        scheme: scheme === "iso15919" ? "iso15919" : "hinglish",
      };
    }
  } catch {
    // Storage refused or a corrupt value: start with the line off.
  }
  return OFF;
}

export function getRomanizationPreference(): RomanizationPreference {
  current ??= read();
  return current;
}

export function setRomanizationPreference(next: RomanizationPreference): void {
  current = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's romanisation choice; the server renders with the line off. */
export function useRomanizationPreference(): RomanizationPreference {
  return useSyncExternalStore(subscribe, getRomanizationPreference, () => OFF);
}
