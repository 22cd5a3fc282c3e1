// Kept apart from the export formats so the reader's bundle carries only these few lines.

/** What an export or a copied pair says where a paragraph has no translation. */
export const NOT_TRANSLATED = "[not translated]";

/** The text "Copy this paragraph pair" puts on the clipboard. */
export function paragraphPairText(source: string, translation: string | null): string {
  return `${source}\n\n${translation ?? NOT_TRANSLATED}`;
}
