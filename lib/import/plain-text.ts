import { normalizeParagraph } from "@/lib/text/normalize";

/** Splits plain text into paragraphs at blank lines, each normalised, none empty. */
export function plainParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => normalizeParagraph(part))
    .filter((part) => part !== "");
}
