import { normalizeParagraph, normalizeText } from "@/lib/text/normalize";

// A line that ends like this closes a sentence; a wrapped line usually does not.
const SENTENCE_END = /[.!?।॥:;"'”’)\]]$/;

/**
 * Whether plain text separates its paragraphs with blank lines and wraps lines inside them, as
 * e-mail and text editors with hard wrapping do. Only then do line breaks inside a block join
 * up; otherwise every line is a paragraph, exactly as the paste box reads it. "Clearly" means:
 * at least two blank-line blocks, and most line breaks inside blocks fall mid-sentence.
 */
function usesBlankLineParagraphs(blocks: string[][]): boolean {
  if (blocks.length < 2) return false;
  let inside = 0;
  let midSentence = 0;
  for (const lines of blocks) {
    for (const line of lines.slice(0, -1)) {
      inside += 1;
      if (!SENTENCE_END.test(line)) midSentence += 1;
    }
  }
  return inside > 0 && midSentence / inside >= 0.6;
}

/**
 * Splits plain text into paragraphs, each normalised, none empty: one paragraph per line, as
 * the paste box does, unless the text clearly uses blank-line paragraphs with wrapped lines.
 */
export function plainParagraphs(text: string): string[] {
  const lines = normalizeText(text).split("\n");
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === "") {
      if ((blocks.at(-1) ?? []).length > 0) blocks.push([]);
    } else {
      blocks.at(-1)?.push(line);
    }
  }
  const filled = blocks.filter((block) => block.length > 0);
  const paragraphs = usesBlankLineParagraphs(filled)
    ? filled.map((block) => normalizeParagraph(block.join(" ")))
    : filled.flat().map((line) => normalizeParagraph(line));
  return paragraphs.filter((paragraph) => paragraph !== "");
}
