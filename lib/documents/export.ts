import type { ApiDocument } from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/text/language";
import { NOT_TRANSLATED } from "./paragraph-pair";

export type ExportFormat = "markdown" | "html" | "text";
export type ExportSide = "source" | "target";

const LANGUAGE_NAMES: Record<LanguageCode, string> = { hi: "Hindi (हिन्दी)", en: "English" };

/** A document's title, or its first words when it has none. */
export function documentTitle(document: ApiDocument): string {
  if (document.title) return document.title;
  const first = document.paragraphs[0]?.source ?? "";
  return first.length > 80 ? `${first.slice(0, 79)}…` : first || "Untitled article";
}

function engineNames(document: ApiDocument): string {
  const engines = new Set<string>();
  for (const paragraph of document.paragraphs) {
    engines.add(paragraph.revision ? "human edit" : paragraph.engine);
  }
  return [...engines].join(", ");
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

/** Bilingual Markdown: title and details, then each paragraph with its rendering quoted below. */
export function toMarkdown(document: ApiDocument, permalink?: string): string {
  const lines = [`# ${escapeMarkdown(documentTitle(document))}`, ""];
  if (document.byline) lines.push(`- Byline: ${escapeMarkdown(document.byline)}`);
  if (document.sourceUrl) lines.push(`- Source: <${document.sourceUrl}>`);
  lines.push(
    `- Translation: ${LANGUAGE_NAMES[document.source]} → ${LANGUAGE_NAMES[document.target]}`,
    `- Engine: ${escapeMarkdown(engineNames(document))}`,
    `- Saved: ${document.createdAt}`,
  );
  if (permalink) lines.push(`- Permalink: <${permalink}>`);
  lines.push("");
  document.paragraphs.forEach((paragraph, index) => {
    lines.push(`## ${index + 1}`, "", escapeMarkdown(paragraph.source), "");
    const rendering = paragraph.translation ?? NOT_TRANSLATED;
    lines.push(
      rendering
        .split("\n")
        .map((line) => `> ${escapeMarkdown(line)}`)
        .join("\n"),
      "",
    );
  });
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Plain text of one language, paragraphs separated by blank lines. */
export function toPlainText(document: ApiDocument, side: ExportSide): string {
  const title = side === "source" ? documentTitle(document) : null;
  const body = document.paragraphs.map((paragraph) =>
    side === "source" ? paragraph.source : (paragraph.translation ?? NOT_TRANSLATED),
  );
  return `${[...(title && document.title ? [title] : []), ...body].join("\n\n")}\n`;
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

// Screen and print both lay the pairs out as table rows: a row never splits its two cells
// across pages, so each paragraph and its rendering always print side by side.
const STYLES = `
:root { color-scheme: light dark; font-family: "Noto Sans Devanagari", "Nirmala UI", "Mangal", system-ui, sans-serif; }
body { margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
.details { color: #555; font-size: 0.9rem; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-size: 0.85rem; color: #555; border-bottom: 2px solid #999; padding: 0.4rem 0.75rem; }
td { vertical-align: top; padding: 0.6rem 0.75rem; border-bottom: 1px solid #ddd; white-space: pre-wrap; overflow-wrap: anywhere; }
td.number { width: 2.5rem; color: #777; font-size: 0.8rem; }
.missing { color: #a11; font-style: italic; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } .details, th { color: #bbb; } td { border-color: #333; } }
@media print {
  @page { margin: 1.5cm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; background: #fff; color: #000; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}`;

/** A standalone bilingual page: no script, no outside resource, two aligned columns. */
export function toHtml(document: ApiDocument, permalink?: string): string {
  const title = escapeHtml(documentTitle(document));
  const details = [
    document.byline ? escapeHtml(document.byline) : null,
    document.sourceUrl
      ? `Source: <a href="${escapeHtml(document.sourceUrl)}">${escapeHtml(document.sourceUrl)}</a>`
      : null,
    `${LANGUAGE_NAMES[document.source]} → ${LANGUAGE_NAMES[document.target]}`,
    `Engine: ${escapeHtml(engineNames(document))}`,
    `Saved ${escapeHtml(document.createdAt)}`,
    permalink ? `<a href="${escapeHtml(permalink)}">Permalink</a>` : null,
  ].filter((part) => part !== null);
  const rows = document.paragraphs
    .map((paragraph, index) => {
      const rendering =
        paragraph.translation === null
          ? `<td class="missing" lang="en">${NOT_TRANSLATED}</td>`
          : `<td lang="${document.target}">${escapeHtml(paragraph.translation)}</td>`;
      return `<tr id="p-${index}"><td class="number">${index + 1}</td><td lang="${document.source}">${escapeHtml(paragraph.source)}</td>${rendering}</tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${document.source}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLES}
</style>
</head>
<body>
<h1>${title}</h1>
<p class="details">${details.join(" · ")}</p>
<table>
<thead><tr><th class="number">#</th><th>${LANGUAGE_NAMES[document.source]}</th><th>${LANGUAGE_NAMES[document.target]}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
