import { englishBaseForms } from "./english-morphology";
import { ENGLISH_FUNCTION_WORDS } from "./hindi-function-words";
import type { GlossLexicon } from "./lexicon-types";
import { joinPieces, tokenize, type Piece } from "./tokenize";

const MAX_ENGLISH_SPAN = 3;

function lookupEnglish(phrase: string, lexicon: GlossLexicon): string | undefined {
  if (Object.hasOwn(ENGLISH_FUNCTION_WORDS, phrase)) return ENGLISH_FUNCTION_WORDS[phrase];
  return Object.hasOwn(lexicon.englishToHindi, phrase)
    ? lexicon.englishToHindi[phrase]?.[0]
    : undefined;
}

/** Word-level English→Hindi rendering of one sentence. */
export function glossEnglishSentence(sentence: string, lexicon: GlossLexicon): string {
  const tokens = tokenize(sentence);
  const pieces: Piece[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    const spaceBefore = tokens[index - 1]?.kind === "space";
    if (token.kind === "latin") {
      const run = [token.text];
      let next = index + 1;
      while (
        tokens[next]?.kind === "space" &&
        tokens[next + 1]?.kind === "latin" &&
        run.length < 64
      ) {
        run.push(tokens[next + 1]?.text ?? "");
        next += 2;
      }
      let position = 0;
      while (position < run.length) {
        let rendered: string | undefined;
        let used = 1;
        for (
          let span = Math.min(MAX_ENGLISH_SPAN, run.length - position);
          span >= 1 && rendered === undefined;
          span -= 1
        ) {
          const phrase = run
            .slice(position, position + span)
            .join(" ")
            .toLowerCase()
            .replace(/’/g, "'");
          const forms = span === 1 ? englishBaseForms(phrase) : [phrase];
          for (const form of forms) {
            rendered = lookupEnglish(form, lexicon);
            if (rendered !== undefined) {
              used = span;
              break;
            }
          }
        }
        // Names and words the dictionary lacks stay in Latin script, as Hindi papers print them.
        pieces.push({
          text: rendered ?? run[position] ?? "",
          spaceBefore: position === 0 ? spaceBefore : true,
        });
        position += used;
      }
      index = next;
      continue;
    }
    if (token.kind === "punctuation") {
      const last =
        index === tokens.length - 1 ||
        tokens
          .slice(index + 1)
          .every((rest) => rest.kind === "space" || rest.kind === "punctuation");
      pieces.push({ text: token.text === "." && last ? "।" : token.text, spaceBefore });
    } else if (token.kind !== "space") pieces.push({ text: token.text, spaceBefore });
    index += 1;
  }
  return joinPieces(pieces);
}
