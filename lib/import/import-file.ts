import "server-only";

import { normalizeParagraph } from "@/lib/text/normalize";
import { decodeImportedText } from "./decode-text";
import { ImportError } from "./errors";
import { extractArticle } from "./extract-article";
import { assembleArticle, type ImportedArticle } from "./imported-article";
import { markdownProse } from "./markdown";
import { plainParagraphs } from "./plain-text";

export const FILE_MAX_BYTES = 5 * 1024 * 1024;

const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/**
 * Turns an uploaded file into an article; refuses other kinds, files over the limit and files
 * that are not text whatever their name says. The bytes are decoded by their byte order mark,
 * else (for HTML) their <meta> charset, else as UTF-8: a file comes with no charset of its own.
 */
export function importFile(file: {
  name: string;
  size: number;
  bytes: Uint8Array;
}): ImportedArticle {
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
  const html = extension === ".html" || extension === ".htm";
  const text = decodeImportedText(file.bytes, { html, subject: `"${file.name}"` });
  const stem = normalizeParagraph(file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "));
  const fromFile = (title: string | null, body: string[], headline: boolean) =>
    assembleArticle({ title, byline: null, sourceUrl: null, body, headline, checkLength: false });
  let article: ImportedArticle;
  if (html) {
    article = extractArticle(text, null);
  } else if (extension === ".txt") {
    article = fromFile(null, plainParagraphs(text), false);
  } else {
    const markdown = markdownProse(text);
    // The opening level-one heading is the headline: row 0, marked as the title.
    article =
      markdown.title === null
        ? fromFile(null, markdown.paragraphs, false)
        : fromFile(markdown.title, markdown.paragraphs.slice(1), true);
  }
  if (article.paragraphs.length === 0) {
    throw new ImportError("import_no_article", `"${file.name}" has no text to read.`);
  }
  // A file without a headline is named after itself; that name labels it but is not a row.
  return { ...article, title: article.title ?? (stem === "" ? null : stem) };
}
