import {
  formatSummary,
  type BilingualBullet,
  type SummaryCopyFormat,
} from "@/lib/summary/format-summary";

/** Longer than this, the first row is a paragraph rather than a headline. */
const HEADLINE_MAX_LENGTH = 150;

/**
 * A summary as it is copied, the same from the summary panel and from the toolbar: the title
 * (the first row, in the reading language, when it is short enough to be a headline; else the
 * panel's own title), the bullets, the document's permanent link once it is saved, and the note
 * on how it was translated, as the README promises for copied summaries.
 */
export function summaryCopyText(options: {
  bullets: readonly BilingualBullet[];
  format: SummaryCopyFormat;
  readTranslation: boolean;
  /** The article's rows, and their translations as they stand. */
  paragraphs: readonly string[];
  translations: readonly (string | null)[];
  /** What a summary with no headline is called ("Summary"). */
  defaultTitle: string;
  documentId: string | null | undefined;
  /** How the text was translated, made when the copy is (it costs a walk over every row). */
  note: (() => string) | undefined;
}): string {
  const first = options.paragraphs[0];
  const headline = options.readTranslation ? (options.translations[0] ?? first) : first;
  const title =
    headline && headline.length <= HEADLINE_MAX_LENGTH ? headline : options.defaultTitle;
  return formatSummary(options.bullets, {
    format: options.format,
    readTranslation: options.readTranslation,
    title,
    permalink: options.documentId
      ? new URL(`/d/${options.documentId}`, window.location.href).href
      : null,
    note: options.note?.(),
  });
}
