import "server-only";

import { normalizeParagraph } from "@/lib/text/normalize";
import { ImportError } from "./errors";
import { extractArticle, type ImportedArticle } from "./extract-article";
import { plainParagraphs } from "./plain-text";

export const FILE_MAX_BYTES = 5 * 1024 * 1024;

const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/**
 * Reads Markdown as prose: the first level-one heading becomes the title; emphasis, links,
 * images, code fences and list markers give way to their text, so the reader sees words,
 * never markup.
 */
function markdownArticle(text: string): { title: string | null; paragraphs: string[] } {
  let title: string | null = null;
  const withoutCode = text.replace(/^```[^\n]*\n([\s\S]*?)^```\s*$/gm, "$1");
  const blocks = withoutCode.split(/\n\s*\n/);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").filter((line) => !/^\s*([-*_])(\s*\1){2,}\s*$/.test(line));
    if (lines.length === 0) continue;
    const heading = /^\s{0,3}#\s+(.+?)\s*#*\s*$/.exec(lines[0] ?? "");
    if (title === null && heading?.[1] && lines.length === 1) {
      title = normalizeParagraph(inline(heading[1]));
      continue;
    }
    const joined = lines
      .map((line) =>
        line
          .replace(/^\s{0,3}#{1,6}\s+/, "")
          .replace(/\s+#+\s*$/, "")
          .replace(/^\s*>\s?/, "")
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""),
      )
      .join("\n");
    const paragraph = normalizeParagraph(inline(joined));
    if (paragraph !== "") paragraphs.push(paragraph);
  }
  return { title, paragraphs };
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1");
}

/** Turns an uploaded file into an article; refuses other kinds and files over the limit. */
export function importFile(file: { name: string; size: number; text: string }): ImportedArticle {
  const name = file.name.toLowerCase();
  const extension = EXTENSIONS.find((candidate) => name.endsWith(candidate));
  if (extension === undefined) {
    throw new ImportError(
      "import_unsupported_type",
      `"${file.name}" is not a .txt, .md or .html file. Those are the kinds that can be imported.`,
    );
  }
  if (file.size > FILE_MAX_BYTES) {
    throw new ImportError(
      "import_too_large",
      `"${file.name}" is larger than 5 MB, the most that can be imported.`,
    );
  }
  const stem = normalizeParagraph(file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "));
  let article: ImportedArticle;
  if (extension === ".html" || extension === ".htm") {
    article = extractArticle(file.text, null);
  } else if (extension === ".txt") {
    article = {
      title: null,
      byline: null,
      sourceUrl: null,
      paragraphs: plainParagraphs(file.text),
    };
  } else {
    const markdown = markdownArticle(file.text);
    article = {
      title: markdown.title,
      byline: null,
      sourceUrl: null,
      paragraphs: markdown.paragraphs,
    };
  }
  if (article.paragraphs.length === 0) {
    throw new ImportError("import_no_article", `"${file.name}" has no text to read.`);
  }
  return { ...article, title: article.title ?? (stem === "" ? null : stem) };
}
