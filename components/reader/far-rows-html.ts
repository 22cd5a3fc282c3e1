import type { ApiParagraph } from "@/lib/api/wire-types";
import { ROW_TEXT_CLASS, rowHtml } from "@/components/documents/static-rows-html";

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

/** True when everything but the paragraphs is the same in both inputs. */
function sameFrame(before: FarRowsInput, after: FarRowsInput): boolean {
  return (
    before.start === after.start &&
    before.end === after.end &&
    before.sourceTexts === after.sourceTexts &&
    before.source === after.source &&
    before.target === after.target &&
    before.interrupted === after.interrupted &&
    before.refused === after.refused &&
    before.labels === after.labels &&
    before.classes === after.classes
  );
}

/** Whether the chunk's rows are the same objects in both inputs: nothing to write. */
export function sameFarRows(before: FarRowsInput, after: FarRowsInput): boolean {
  if (!sameFrame(before, after)) return false;
  for (let index = after.start; index < after.end; index += 1)
    if (before.paragraphs?.[index] !== after.paragraphs?.[index]) return false;
  return true;
}

/**
 * Brings `element`, which holds `farRowsHtml(before)`, to what `farRowsHtml(after)` would be by
 * writing only the translation cells of rows whose translation arrived. That is the common
 * change while an article streams in, and building and parsing a chunk's HTML again for it was
 * most of the work of showing a long article's translation. Any other change (a failed row, a
 * flag, the labels, a source text the server wrote differently) answers false and touches
 * nothing: the caller then writes the chunk afresh.
 */
export function patchFarRows(element: Element, before: FarRowsInput, after: FarRowsInput): boolean {
  if (!sameFrame(before, after)) return false;
  const arrived: { cell: Element; translation: string }[] = [];
  for (let index = after.start; index < after.end; index += 1) {
    const was = before.paragraphs?.[index];
    const now = after.paragraphs?.[index];
    if (was === now) continue;
    if (was !== undefined || now === undefined || typeof now.translation !== "string") return false;
    // The row's original shows the server's copy of the source once the row has arrived.
    if (now.source !== (after.sourceTexts[index] ?? "")) return false;
    const row = element.children[index - after.start];
    const cell = row?.id === `p-${index}` ? row.querySelector('[data-cell="translation"]') : null;
    if (!cell) return false;
    arrived.push({ cell, translation: now.translation });
  }
  // Copies of one element: setting the two attributes on each of 500 new elements took 7 ms.
  const model = document.createElement("p");
  model.setAttribute("lang", after.target);
  model.setAttribute("class", ROW_TEXT_CLASS);
  for (const { cell, translation } of arrived) {
    const text = model.cloneNode(false);
    text.textContent = translation;
    cell.replaceChildren(text);
  }
  return true;
}
