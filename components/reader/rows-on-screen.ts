import type { ParagraphRange } from "@/lib/api-client/stream-article";

/**
 * The paragraphs whose rows are on the reader's screen now, [start, end), or undefined when
 * no row is: a new translation asks for these first. Rows are in document order, so the scan
 * stops at the first row below the screen.
 */
export function rowsOnScreen(): ParagraphRange | undefined {
  if (typeof document === "undefined") return undefined;
  const rows = document.querySelectorAll<HTMLElement>("[data-paragraph-index]");
  let start = -1;
  let end = -1;
  for (const row of rows) {
    const box = row.getBoundingClientRect();
    if (box.top >= window.innerHeight) break;
    if (box.bottom <= 0) continue;
    const index = Number(row.dataset.paragraphIndex);
    if (start === -1) start = index;
    end = index + 1;
  }
  return start === -1 ? undefined : { start, end };
}
