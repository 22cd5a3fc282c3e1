import type { TFunction } from "i18next";
import type { ApiDocument } from "@/lib/api/wire-types";
import { escapeHtml } from "@/lib/documents/export";

// The reader's text classes (paragraph-translation.tsx), repeated here: a server module cannot
// read a constant out of a client module.
export const ROW_TEXT_CLASS = "reader-text row-text";
const PERMALINK_ROW = "paragraph-row scroll-mt-24 px-3 py-3";

/** What a row's translation cell holds: the text, a notice in its place, or a wait. */
export type TranslationCellHtml =
  { text: string } | { notice: string; className: string } | { pending: string };

/** One row as HTML: every field is plain text, escaped here. */
export interface RowHtml {
  index: number;
  /** The row's name ("Paragraph 3"). */
  label: string;
  className: string;
  /** The row itself is a tab stop (the reader's far rows, until they render in full). */
  focusable?: boolean;
  source: string;
  target: string;
  original: string;
  translation: TranslationCellHtml;
  /** The one-language views' "Show in …" button, with both of its labels. */
  flip?: { className: string; sourceLabel: string; targetLabel: string };
}

/**
 * One row in the reader's markup: the ids, names and attributes the reader's rows carry
 * (#p-N, role, label, data-paragraph-index) and the two cells its views' CSS selects. Every
 * text and attribute value goes through escapeHtml, so a row's text is always text.
 */
// Most text needs no escaping; testing for it first spares a replace per field of every row.
const NEEDS_ESCAPE = /[&<>"']/;
const escaped = (text: string) => (NEEDS_ESCAPE.test(text) ? escapeHtml(text) : text);

export function rowHtml(row: RowHtml): string {
  const target = escaped(row.target);
  const { translation, flip } = row;
  const cell =
    "text" in translation
      ? `<p lang="${target}" class="${ROW_TEXT_CLASS}">${escaped(translation.text)}</p>`
      : "notice" in translation
        ? `<p class="${escaped(translation.className)}">${escaped(translation.notice)}</p>`
        : `<div aria-busy="true" lang="${target}"><span class="sr-only">${escaped(translation.pending)}</span></div>`;
  return (
    `<div id="p-${row.index}" role="group" aria-label="${escaped(row.label)}" data-paragraph-index="${row.index}" class="${escaped(row.className)}"${row.focusable ? ' tabindex="0"' : ""}>` +
    `<div class="row-cells">` +
    `<div class="min-w-0" data-cell="original"><p lang="${escaped(row.source)}" class="${ROW_TEXT_CLASS}">${escaped(row.original)}</p></div>` +
    `<div class="min-w-0" data-cell="translation">${cell}</div>` +
    `</div>` +
    (flip
      ? `<button type="button" aria-pressed="false" tabindex="-1" data-roving="" class="${escaped(flip.className)}">` +
        `<span data-flip-label="source">${escaped(flip.sourceLabel)}</span>` +
        `<span data-flip-label="target">${escaped(flip.targetLabel)}</span></button>`
      : "") +
    `</div>`
  );
}

/**
 * The most rows the permalink renders on the server, and the most characters of text (original
 * and translation) those rows may hold together. The rows string goes into the page twice (as
 * HTML and, escaped, in the RSC payload that hydrates the page), and rendering holds several
 * copies of it at once: about ten bytes of heap per byte of rows. A document at the API's limits
 * (50,000 paragraphs) made a 46 MB page and took 200 MB of the server's 256 MB heap, so two
 * requests at once ended the process. Within these bounds the page stays under about 1.5 MB,
 * small enough for the response cache to keep, whatever the document; a news article, even a
 * long one, is far below them. The reader, which loads after paint and fetches the whole
 * document from the API, shows the rows beyond them (and lands #p-N links to them).
 */
export const STATIC_ROWS_LIMIT = 500;
export const STATIC_TEXT_CHARACTERS_LIMIT = 100_000;

/**
 * How many of the document's rows, from the first, the permalink renders on the server: as
 * many as fit within STATIC_ROWS_LIMIT and STATIC_TEXT_CHARACTERS_LIMIT (none, if the first
 * paragraph alone is longer than the latter).
 */
export function staticRowCount(document: ApiDocument): number {
  let characters = 0;
  let count = 0;
  for (const paragraph of document.paragraphs) {
    if (count === STATIC_ROWS_LIMIT) break;
    characters += paragraph.source.length + (paragraph.translation?.length ?? 0);
    if (characters > STATIC_TEXT_CHARACTERS_LIMIT) break;
    count += 1;
  }
  return count;
}

/**
 * A saved document's first rows (staticRowCount of them) as one HTML string: the markup the
 * permalink shows before its reader loads, with the reader's row ids (#p-N) so deep links land
 * before any script runs.
 *
 * Built as a string rather than as React elements so that it can be kept per document revision
 * and interface language (document-page-cache.ts) and written out as it is: as elements, each
 * request rendered every row twice (the RSC payload, then HTML from it). The reader builds its
 * rows far from the screen with the same `rowHtml` (components/reader/far-rows-html.ts).
 */
export function staticRowsHtml(document: ApiDocument, t: TFunction): string {
  let html = "";
  document.paragraphs.slice(0, staticRowCount(document)).forEach((paragraph, index) => {
    html += rowHtml({
      index,
      label: t("reader.paragraphLabel", { number: index + 1 }),
      className: PERMALINK_ROW,
      source: document.source,
      target: document.target,
      original: paragraph.source,
      translation: { text: paragraph.translation ?? "" },
    });
  });
  return html;
}
