"use client";

import { useSyncExternalStore } from "react";
import {
  readReaderGlossary,
  serverReaderGlossary,
  subscribeReaderGlossary,
} from "@/lib/glossary/reader-glossary";

/** The reader's glossary from this browser, re-rendering when it changes (in any tab). */
export function useReaderGlossary() {
  return useSyncExternalStore(subscribeReaderGlossary, readReaderGlossary, serverReaderGlossary);
}
