import type { ApiDocument, ApiParagraph, ApiSummaryBullet } from "@/lib/api/wire-types";
import { joinRows } from "@/lib/text/readable-rows";

// What a joined paragraph shows for a row that was never translated, so the rows around it
// still line up with their sources.
const MISSING_ROW = "[…]";

/**
 * The document with its rows joined back into the article's own paragraphs: a long paragraph
 * the reader split into rows is one paragraph again in an export. Summary bullets are pointed
 * at the joined paragraphs. A document with no continued rows is returned as it is.
 */
export function withOriginalParagraphs(document: ApiDocument): ApiDocument {
  if (!document.paragraphs.some((paragraph, index) => index > 0 && paragraph.continues))
    return document;
  const starts = document.paragraphs.map((paragraph, index) => index === 0 || !paragraph.continues);
  const {
    paragraphs: sources,
    rowParagraph,
    rowOffset,
  } = joinRows(
    document.paragraphs.map((paragraph) => paragraph.source),
    starts,
  );
  const groups: ApiParagraph[][] = sources.map(() => []);
  document.paragraphs.forEach((paragraph, index) =>
    groups[rowParagraph[index] ?? 0]?.push(paragraph),
  );
  const paragraphs = groups.map((rows, index): ApiParagraph => {
    const first = rows[0] as ApiParagraph;
    const translated = rows.some((row) => row.translation !== null);
    return {
      ...first,
      index,
      continues: false,
      source: sources[index] ?? first.source,
      translation: translated ? rows.map((row) => row.translation ?? MISSING_ROW).join(" ") : null,
      // Offsets of the rows' sentences no longer hold; exports do not use them.
      sentences: [],
      // The paragraph counts as corrected when any of its rows was.
      revision: (
        rows.find((row) => row.revision && !row.revision.restored) ??
        rows.find((row) => row.revision)
      )?.revision,
      fallback: rows.some((row) => row.fallback),
    };
  });
  const bullets = document.summary?.bullets.map((bullet): ApiSummaryBullet => ({
    ...bullet,
    paragraphs: [...new Set(bullet.paragraphs.map((row) => rowParagraph[row] ?? row))],
    sentences: bullet.sentences.map((sentence) => ({
      paragraph: rowParagraph[sentence.paragraph] ?? sentence.paragraph,
      start: sentence.start + (rowOffset[sentence.paragraph] ?? 0),
      end: sentence.end + (rowOffset[sentence.paragraph] ?? 0),
    })),
  }));
  return {
    ...document,
    paragraphs,
    summary: document.summary && bullets ? { ...document.summary, bullets } : document.summary,
  };
}
