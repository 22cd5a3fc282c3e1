"use client";

import { createContext, useContext } from "react";
import type { RomanizationScheme } from "@/lib/transliteration/hindi-romanization";

/** What the word popover is asked to show. */
export interface LookupRequest {
  word: string;
  language: "hi" | "en";
  /** For a word the engine wrote out by sound: the Hindi it came from. */
  untranslatedFrom?: string;
  /** Where to put the popover, in page coordinates. */
  anchor: { left: number; top: number };
  /** Where focus goes back to when the popover closes. */
  returnFocus: HTMLElement | null;
}

export interface LookupActions {
  open(request: LookupRequest): void;
}

/** Opens the word popover; a no-op outside a reader (e.g. a summary panel without aids). */
export const LookupContext = createContext<LookupActions | null>(null);

/** The romanised line's scheme when it is on, null when it is off. */
export const RomanizationContext = createContext<RomanizationScheme | null>(null);

export interface ReadAloudActions {
  /** Reads one paragraph, or from it to the end of the article. */
  read(paragraph: number, toEnd: boolean): "started" | "no-voice" | "unsupported";
}

export const ReadAloudContext = createContext<ReadAloudActions | null>(null);

export const useLookupActions = () => useContext(LookupContext);
export const useRomanizationScheme = () => useContext(RomanizationContext);
export const useReadAloudActions = () => useContext(ReadAloudContext);

/**
 * On a phone the reading-aids bar and the document's share and export buttons fold behind one
 * disclosure, so the first paragraph is on the first screen. Wider screens ignore it (CSS).
 */
export interface PhoneFold {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const PhoneFoldContext = createContext<PhoneFold | null>(null);

/** The phone fold, or null outside a reader (nothing is folded then). */
export const usePhoneFold = () => useContext(PhoneFoldContext);

/** Classes that hide a folded part below the `md` breakpoint (where useNarrowScreen is true). */
export const foldedOnPhones = (fold: PhoneFold | null) =>
  fold !== null && !fold.open ? "max-md:hidden" : "";
