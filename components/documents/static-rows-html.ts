import type { TFunction } from "i18next";
import type { ApiDocument } from "@/lib/api/wire-types";
import { escapeHtml } from "@/lib/documents/export";

// The reader's text classes (paragraph-translation.tsx), repeated here: a server module cannot
// read a constant out of a client module.
const TEXT = "reader-text whitespace-pre-wrap break-words leading-relaxed";

/**
 * A saved document's rows as one HTML string: the markup the permalink shows before its reader
 * loads, with the reader's row ids (#p-N) so deep links land before any script runs.
 *
 * Built as a string rather than as React elements so that it can be kept per document revision
 * and interface language (document-page-cache.ts) and written out as it is: as elements, each
 * request rendered every row twice (the RSC payload, then HTML from it). Every piece of text
 * and every attribute value goes through escapeHtml, so a document's text is always text.
 */
export function staticRowsHtml(document: ApiDocument, t: TFunction): string {
  const source = escapeHtml(document.source);
  const target = escapeHtml(document.target);
  let html = "";
  document.paragraphs.forEach((paragraph, index) => {
    const label = escapeHtml(t("reader.paragraphLabel", { number: index + 1 }));
    html +=
      `<div id="p-${index}" role="group" aria-label="${label}" data-paragraph-index="${index}" class="paragraph-row scroll-mt-24 px-3 py-3">` +
      `<div class="row-cells grid items-start gap-x-8 gap-y-3">` +
      `<div class="min-w-0" data-cell="original"><p lang="${source}" class="${TEXT}">${escapeHtml(paragraph.source)}</p></div>` +
      `<div class="min-w-0" data-cell="translation"><p lang="${target}" class="${TEXT}">${escapeHtml(paragraph.translation ?? "")}</p></div>` +
      `</div></div>`;
  });
  return html;
}
