import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

// Noto Sans Devanagari (SIL Open Font License 1.1), from the @fontsource package the app
// already depends on. Fontsource ships it cut into per-script subsets; the Devanagari and
// basic Latin subsets cover Hindi and English text, at the two weights the export uses.
const FONT_FOLDER = path.join(
  process.cwd(),
  "node_modules",
  "@fontsource",
  "noto-sans-devanagari",
  "files",
);
const SUBSETS = [
  {
    subset: "devanagari",
    range:
      "U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09",
  },
  {
    subset: "latin",
    range:
      "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  },
] as const;
const WEIGHTS = [400, 700] as const;

let cached: string | undefined;

/**
 * `@font-face` rules with the font files inlined as data: URLs, so the exported page prints
 * Hindi correctly on a machine with no Devanagari font, and loads nothing from anywhere. Read
 * once; an empty string if the files are missing (the page then falls back to system fonts).
 */
export function embeddedFontFaces(): string {
  if (cached !== undefined) return cached;
  const rules: string[] = [];
  try {
    for (const { subset, range } of SUBSETS) {
      for (const weight of WEIGHTS) {
        const file = path.join(
          FONT_FOLDER,
          `noto-sans-devanagari-${subset}-${weight}-normal.woff2`,
        );
        const data = readFileSync(file).toString("base64");
        rules.push(
          `@font-face { font-family: "Noto Sans Devanagari"; font-style: normal; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${range}; }`,
        );
      }
    }
    cached = `\n${rules.join("\n")}`;
  } catch {
    cached = "";
  }
  return cached;
}
