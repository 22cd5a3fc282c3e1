import type { ApiDocument, ApiSummaryBullet } from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/text/language";
import {
  hasDevanagari,
  romanizeHindi,
  type RomanizationScheme,
} from "@/lib/transliteration/hindi-romanization";
import { withOriginalParagraphs } from "./original-paragraphs";
import { NOT_TRANSLATED } from "./paragraph-pair";
import { safeLinkTarget } from "./safe-link";
import { translationNote, type Translate } from "./translation-note";

export type ExportFormat = "markdown" | "html" | "text";
export type ExportSide = "source" | "target";

/** What an export needs besides the document: its link, and the reader's language for words and dates. */
export interface ExportContext {
  /** The document's permanent link, built from the address the reader used. */
  permalink?: string;
  /** The reader's interface language: the HTML page's own language, for its labels. */
  language?: "en" | "hi";
  /** Labels in the reader's interface language. */
  t: Translate;
  /** A date as the reader would write it, in their language. */
  formatDate: (iso: string) => string;
  /** `@font-face` rules to embed in the HTML export, so Hindi prints without installed fonts. */
  fontFaces?: string;
  /** The reader's romanised line, when it is on: Hindi text is followed by its romanisation. */
  romanization?: RomanizationScheme | undefined;
}

/** The romanised line of a Hindi text when the export asks for one, else null. */
function romanizedLine(text: string | null, context: ExportContext | undefined): string | null {
  if (!context?.romanization || text === null || !hasDevanagari(text)) return null;
  return romanizeHindi(text, context.romanization);
}

/** A document's title, or its first words when it has none. */
export function documentTitle(document: ApiDocument): string {
  if (document.title) return document.title;
  const first = document.paragraphs[0]?.source ?? "";
  return first.length > 80 ? `${first.slice(0, 79)}…` : first || "Untitled article";
}

/** Whether paragraph 0 is the article's headline (it then heads the export instead of a row). */
export function hasTitleParagraph(document: ApiDocument): boolean {
  return (
    document.title !== null &&
    document.paragraphs.length > 1 &&
    document.paragraphs[0]?.source === document.title
  );
}

/** The one-line note on how the document was translated, for every export and copy. */
export function documentNote(document: ApiDocument, t: Translate): string {
  return translationNote(
    document.paragraphs
      .filter((paragraph) => paragraph.translation !== null)
      .map((paragraph) => ({
        engine: paragraph.engine,
        corrected: Boolean(paragraph.revision && !paragraph.revision.restored),
      })),
    t,
  );
}

/** The file name for a download: the title's letters and digits (any script), then the format. */
export function exportFileName(document: ApiDocument, format: ExportFormat, side?: ExportSide) {
  const stem =
    documentTitle(document)
      .normalize("NFC")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article";
  const language = side ? `.${side === "source" ? document.source : document.target}` : "";
  const extension = format === "markdown" ? "md" : format === "html" ? "html" : "txt";
  return `${stem}${language}.${extension}`;
}

// Backslash-escapes what Markdown would otherwise read as markup, so article text stays text.
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|~!]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([-+=])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}

/** A link in Markdown: an autolink for a safe address, escaped plain text for anything else. */
function markdownLink(address: string): string {
  const target = safeLinkTarget(address);
  return target === null ? escapeMarkdown(address) : `<${target}>`;
}

function languageName(code: LanguageCode, t: Translate): string {
  return t(`languages.${code}`);
}

/** The bullets' paragraph references as the reader counts them ("paragraph 2, 5"). */
function paragraphReference(bullet: ApiSummaryBullet, t: Translate): string | null {
  if (bullet.paragraphs.length === 0) return null;
  return t("export.paragraphRef", {
    numbers: bullet.paragraphs.map((index) => index + 1).join(", "),
  });
}

/** Bilingual Markdown: title and details, the summary, then each paragraph with its rendering quoted. */
export function toMarkdown(saved: ApiDocument, context: ExportContext): string {
  const { t } = context;
  const document = withOriginalParagraphs(saved);
  const titled = hasTitleParagraph(document);
  const lines = [`# ${escapeMarkdown(documentTitle(document))}`, ""];
  const titleTranslation = titled ? document.paragraphs[0]?.translation : null;
  if (titleTranslation) lines.push(`*${escapeMarkdown(titleTranslation)}*`, "");
  if (document.byline) lines.push(`- ${t("export.byline")}: ${escapeMarkdown(document.byline)}`);
  if (document.sourceUrl)
    lines.push(`- ${t("export.source")}: ${markdownLink(document.sourceUrl)}`);
  lines.push(
    `- ${t("export.direction", {
      source: languageName(document.source, t),
      target: languageName(document.target, t),
    })}`,
    `- ${escapeMarkdown(t("export.saved", { date: context.formatDate(document.createdAt) }))}`,
  );
  if (context.permalink)
    lines.push(`- ${t("export.permalink")}: ${markdownLink(context.permalink)}`);
  lines.push("", `> ${escapeMarkdown(documentNote(saved, t))}`, "");
  const bullets = document.summary?.bullets ?? [];
  if (bullets.length > 0) {
    lines.push(`## ${escapeMarkdown(t("export.summary"))}`, "");
    for (const bullet of bullets) {
      const reference = paragraphReference(bullet, t);
      lines.push(
        `- ${escapeMarkdown(bullet.source)}${reference ? ` (${escapeMarkdown(reference)})` : ""}`,
      );
      if (bullet.translation) lines.push(`  ${escapeMarkdown(bullet.translation)}`);
    }
    lines.push("");
  }
  document.paragraphs.forEach((paragraph, index) => {
    if (titled && index === 0) return;
    lines.push(`## ${index + 1}`, "", escapeMarkdown(paragraph.source), "");
    const sourceLine = romanizedLine(paragraph.source, context);
    if (sourceLine !== null) lines.push(`*${escapeMarkdown(sourceLine)}*`, "");
    const rendering = paragraph.translation ?? t("export.notTranslated");
    lines.push(
      rendering
        .split("\n")
        .map((line) => `> ${escapeMarkdown(line)}`)
        .join("\n"),
      "",
    );
    const targetLine = romanizedLine(paragraph.translation, context);
    if (targetLine !== null) lines.push(`> *${escapeMarkdown(targetLine)}*`, "");
  });
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Plain text of one language: the title, paragraphs separated by blank lines, then the link and note. */
export function toPlainText(saved: ApiDocument, side: ExportSide, context?: ExportContext): string {
  const document = withOriginalParagraphs(saved);
  const titled = hasTitleParagraph(document);
  const text = (index: number) => {
    const paragraph = document.paragraphs[index];
    if (!paragraph) return "";
    const own = side === "source" ? paragraph.source : paragraph.translation;
    const line = romanizedLine(own, context);
    const shown = own ?? context?.t("export.notTranslated") ?? NOT_TRANSLATED;
    return line === null ? shown : `${shown}\n${line}`;
  };
  const head = titled ? [text(0)] : side === "source" && document.title ? [document.title] : [];
  const body = document.paragraphs.map((_, index) => text(index)).slice(titled ? 1 : 0);
  const foot: string[] = [];
  if (context?.permalink) foot.push(context.permalink);
  if (context && side === "target") foot.push(documentNote(saved, context.t));
  return `${[...head, ...body, ...(foot.length > 0 ? [foot.join("\n")] : [])].join("\n\n")}\n`;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** A link that prints as its own address, so a paper copy still says where to look. */
function htmlLink(address: string): string {
  const target = safeLinkTarget(address);
  return target === null
    ? escapeHtml(address)
    : `<a href="${escapeHtml(target)}">${escapeHtml(target)}</a>`;
}

// The table's first row sets every column's width (table-layout: fixed), so the widths live
// in a colgroup: a narrow number column and two equal text columns. Screen and print both lay
// the pairs out as rows, and a row never splits across pages, so each paragraph and its
// rendering always print side by side.
const STYLES = `
:root { color-scheme: light dark; font-family: "Noto Sans Devanagari", "Nirmala UI", "Mangal", system-ui, sans-serif; }
body { margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.title-translation { font-size: 1.15rem; margin: 0 0 0.75rem; color: #333; }
.details { color: #555; font-size: 0.9rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.details li { display: inline; }
.details li + li::before { content: " · "; }
.details a { overflow-wrap: anywhere; }
.notice { border: 1px solid #c9a227; background: #fff8e1; color: #3d3000; padding: 0.5rem 0.75rem; border-radius: 4px; font-size: 0.9rem; }
.summary li { margin-bottom: 0.4rem; }
.summary .other { display: block; color: #444; }
.summary .reference { color: #666; font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 1rem; }
col.number { width: 2.75rem; }
th { text-align: left; font-size: 0.85rem; color: #555; border-bottom: 2px solid #999; padding: 0.4rem 0.75rem; }
td { vertical-align: top; padding: 0.6rem 0.75rem; border-bottom: 1px solid #ddd; white-space: pre-wrap; overflow-wrap: anywhere; }
td.number, th.number { color: #777; font-size: 0.8rem; padding-left: 0; padding-right: 0.25rem; }
.missing { color: #a11; font-style: italic; }
.romanized { display: block; margin-top: 0.3rem; color: #555; font-size: 0.9em; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } .details, th, .title-translation, .summary .other { color: #bbb; } td { border-color: #333; } .notice { background: #2b2405; color: #f5e7b0; } }
@media print {
  @page { margin: 1.5cm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; background: #fff; color: #000; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .notice { background: none; color: #000; }
}`;

function romanizedHtml(text: string | null, context: ExportContext): string {
  const line = romanizedLine(text, context);
  return line === null ? "" : `<span class="romanized" lang="hi-Latn">${escapeHtml(line)}</span>`;
}

/** A standalone bilingual page: no script, no outside resource, two aligned columns. */
export function toHtml(saved: ApiDocument, context: ExportContext): string {
  const { t } = context;
  const document = withOriginalParagraphs(saved);
  const titled = hasTitleParagraph(document);
  const title = escapeHtml(documentTitle(document));
  const titleTranslation = titled ? document.paragraphs[0]?.translation : null;
  const sourceName = escapeHtml(languageName(document.source, t));
  const targetName = escapeHtml(languageName(document.target, t));
  const details = [
    document.byline ? `${escapeHtml(t("export.byline"))}: ${escapeHtml(document.byline)}` : null,
    document.sourceUrl
      ? `${escapeHtml(t("export.source"))}: ${htmlLink(document.sourceUrl)}`
      : null,
    escapeHtml(
      t("export.direction", {
        source: languageName(document.source, t),
        target: languageName(document.target, t),
      }),
    ),
    `<time datetime="${escapeHtml(document.createdAt)}">${escapeHtml(
      t("export.saved", { date: context.formatDate(document.createdAt) }),
    )}</time>`,
    context.permalink
      ? `${escapeHtml(t("export.permalink"))}: ${htmlLink(context.permalink)}`
      : null,
  ].filter((part) => part !== null);
  const bullets = document.summary?.bullets ?? [];
  const summary =
    bullets.length === 0
      ? ""
      : `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">${escapeHtml(t("export.summary"))}</h2>
<ul>
${bullets
  .map((bullet) => {
    const reference = paragraphReference(bullet, t);
    const first = bullet.paragraphs[0];
    const referenceHtml =
      reference && first !== undefined
        ? ` <a class="reference" href="#p-${first}">(${escapeHtml(reference)})</a>`
        : "";
    const other = bullet.translation
      ? `<span class="other" lang="${document.target}">${escapeHtml(bullet.translation)}</span>`
      : "";
    return `<li><span lang="${document.source}">${escapeHtml(bullet.source)}</span>${referenceHtml}${other}</li>`;
  })
  .join("\n")}
</ul>
<p class="method">${escapeHtml(
          t(
            document.summary?.method === "llm"
              ? "export.summaryMethodLlm"
              : "export.summaryMethodExtractive",
          ),
        )}</p>
</section>`;
  const rows = document.paragraphs
    .map((paragraph, index) => {
      if (titled && index === 0) return null;
      const rendering =
        paragraph.translation === null
          ? `<td class="missing">${escapeHtml(t("export.notTranslated"))}</td>`
          : `<td lang="${document.target}">${escapeHtml(paragraph.translation)}${romanizedHtml(paragraph.translation, context)}</td>`;
      return `<tr id="p-${index}"><td class="number">${index + 1}</td><td lang="${document.source}">${escapeHtml(paragraph.source)}${romanizedHtml(paragraph.source, context)}</td>${rendering}</tr>`;
    })
    .filter((row) => row !== null)
    .join("\n");
  return `<!doctype html>
<html lang="${context.language ?? document.source}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${context.fontFaces ?? ""}${STYLES}
</style>
</head>
<body>
<h1 lang="${hasDevanagari(title) ? "hi" : "en"}"${titled ? ' id="p-0"' : ""}>${title}</h1>
${titleTranslation ? `<p class="title-translation" lang="${document.target}">${escapeHtml(titleTranslation)}</p>\n` : ""}<ul class="details">${details.map((part) => `<li>${part}</li>`).join("")}</ul>
<p class="notice" role="note">${escapeHtml(documentNote(saved, t))}</p>
${summary}
<table>
<colgroup><col class="number"><col class="text"><col class="text"></colgroup>
<thead><tr><th class="number" scope="col">${escapeHtml(t("export.number"))}</th><th scope="col">${sourceName}</th><th scope="col">${targetName}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
