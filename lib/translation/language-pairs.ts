import type { LanguagePair } from "./engine-spec";

/** Hindi→English and English→Hindi: the directions every full engine here covers. */
export const BOTH_DIRECTIONS: readonly LanguagePair[] = [
  { source: "hi", target: "en" },
  { source: "en", target: "hi" },
];
