import type { LanguageCode } from "@/lib/text/language";
import { alignSentences } from "./align";
import type { SentenceAlignment } from "./engine-spec";

/*
 * Reassembly: the translations of a paragraph's pieces joined back into one paragraph, with the
 * pieces' sentence alignments moved from piece offsets to paragraph offsets. Pure.
 */

/** A translated piece of a paragraph, in paragraph order. */
export interface TranslatedPiece {
  /** The piece as sent, a substring of the paragraph. */
  text: string;
  translation: string;
  /** The engine's alignment within this piece, when it gave one. */
  alignment?: SentenceAlignment[];
}

/**
 * Joins piece translations with single spaces and maps each piece's alignment into paragraph
 * offsets: a source range moves by where the piece sits in the paragraph, a target range by
 * where its translation starts in the joined text. When any piece lacks an alignment, the
 * whole paragraph is aligned afresh instead, so alignments are never half engine, half guess.
 */
export function reassembleParagraph(
  text: string,
  pieces: readonly TranslatedPiece[],
  source: LanguageCode,
  target: LanguageCode,
): { translation: string; sentences: SentenceAlignment[] } {
  let translation = "";
  const sentences: SentenceAlignment[] = [];
  const allAligned = pieces.every((piece) => piece.alignment !== undefined);
  let sourceOffset = 0;
  for (const piece of pieces) {
    const pieceStart = text.indexOf(piece.text, sourceOffset);
    const sourceBase = pieceStart === -1 ? sourceOffset : pieceStart;
    const targetBase = translation === "" ? 0 : translation.length + 1;
    translation = translation === "" ? piece.translation : `${translation} ${piece.translation}`;
    if (allAligned) {
      for (const pair of piece.alignment ?? []) {
        sentences.push({
          source: [pair.source[0] + sourceBase, pair.source[1] + sourceBase],
          target: [pair.target[0] + targetBase, pair.target[1] + targetBase],
        });
      }
    }
    sourceOffset = sourceBase + piece.text.length;
  }
  if (!allAligned)
    return { translation, sentences: alignSentences(text, translation, source, target) };
  return { translation, sentences };
}
