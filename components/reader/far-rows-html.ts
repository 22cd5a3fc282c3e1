import type { ApiParagraph } from "@/lib/api/wire-types";
import { rowHtml } from "@/components/documents/static-rows-html";

/** The words a far row shows, looked up once per interface language and direction. */
export interface FarRowLabels {
  /** The row's name for its number ("Paragraph 12"). */
  paragraph: (number: number) => string;
  pending: string;
  notTranslated: string;
  /** The flip button's two labels: "Show in Hindi" and "Show in English". */
  showInSource: string;
  showInTarget: string;
}

/** The classes a far row shares with the reader's rendered rows, so the views' CSS treats both alike. */
export interface FarRowClasses {
  row: string;
  notice: string;
  flipButton: string;
}

export interface FarRowsInput {
  start: number;
  end: number;
  sourceTexts: readonly string[];
  paragraphs: readonly (ApiParagraph | undefined)[] | undefined;
  source: string;
  target: string;
  /** The stream broke: rows still waiting say they are not translated. */
  interrupted: boolean;
  /** The whole request was refused. */
  refused: boolean;
  labels: FarRowLabels;
  classes: FarRowClasses;
}

/**
 * Rows [start, end) as HTML, for rows far from the screen: the same markup as a row that has
 * not come near yet (paragraph-row.tsx) — ids, names, cells, the flip button — built as a
 * string with the permalink's escaping (static-rows-html.ts), so a few hundred rows cost one
 * innerHTML write instead of a few hundred React components.
 */
export function farRowsHtml(input: FarRowsInput): string {
  const { labels, classes } = input;
  const flip = {
    className: classes.flipButton,
    sourceLabel: labels.showInSource,
    targetLabel: labels.showInTarget,
  };
  let html = "";
  for (let index = input.start; index < input.end; index += 1) {
    const paragraph = input.paragraphs?.[index];
    const translation =
      typeof paragraph?.translation === "string"
        ? { text: paragraph.translation }
        : paragraph?.error || (paragraph === undefined && (input.interrupted || input.refused))
          ? { notice: labels.notTranslated, className: classes.notice }
          : { pending: labels.pending };
    html += rowHtml({
      index,
      label: labels.paragraph(index + 1),
      className: classes.row,
      focusable: true,
      source: input.source,
      target: input.target,
      original: paragraph?.source ?? input.sourceTexts[index] ?? "",
      translation,
      flip,
    });
  }
  return html;
}

/**
 * `farRowsHtml` that remembers each chunk's HTML while what it is made of stays the same: the
 * chunk's paragraphs (the same objects: a translation state update replaces only the rows it
 * changes), the source texts, the labels (interface language and direction) and the flags. So
 * rows arriving in one chunk rebuild that chunk's string alone. (The view mode is not an input:
 * views are CSS on the list, reader-views.css.)
 */
export function createFarRowsCache(): (chunk: number, input: FarRowsInput) => string {
  const entries = new Map<number, { input: FarRowsInput; html: string }>();
  const same = (before: FarRowsInput, after: FarRowsInput) => {
    if (
      before.start !== after.start ||
      before.end !== after.end ||
      before.sourceTexts !== after.sourceTexts ||
      before.source !== after.source ||
      before.target !== after.target ||
      before.interrupted !== after.interrupted ||
      before.refused !== after.refused ||
      before.labels !== after.labels ||
      before.classes !== after.classes
    )
      return false;
    for (let index = after.start; index < after.end; index += 1)
      if (before.paragraphs?.[index] !== after.paragraphs?.[index]) return false;
    return true;
  };
  return (chunk, input) => {
    const entry = entries.get(chunk);
    if (entry && same(entry.input, input)) return entry.html;
    const html = farRowsHtml(input);
    entries.set(chunk, { input, html });
    return html;
  };
}
