import { toReadableRows } from "@/lib/text/readable-rows";

/** Something the reader should check before translating an import that did not fail. */
export interface ImportWarning {
  code: "import_thin_article";
  message: string;
}

/** An article as the import hands it to the reader. */
export interface ImportedArticle {
  title: string | null;
  byline: string | null;
  /** Where it came from: the page's address, or null for a file. */
  sourceUrl: string | null;
  /**
   * Rows in reading order, each normalised and non-empty: the headline first when the article
   * has one (see `titleParagraph`), then the body, long paragraphs split at sentence boundaries.
   */
  paragraphs: string[];
  /** Index of the headline row in `paragraphs` (always 0), or null when no row is the headline. */
  titleParagraph: 0 | null;
  /** One per row: true when it begins a paragraph of the original, false when it continues one. */
  paragraphStarts: boolean[];
  warning: ImportWarning | null;
}

/** A page with less body text than this is probably not an article (a home or login page). */
export const THIN_ARTICLE_CHARACTERS = 280;

/**
 * Puts an import together: the headline as row 0 when the text has one, long paragraphs split
 * into readable rows, and a warning when a web page gave too little text to be an article.
 */
export function assembleArticle(parts: {
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
  /** Body paragraphs, without the headline. */
  body: string[];
  /** Whether the title is the article's own headline (and so a row to read and translate). */
  headline: boolean;
  /** Whether to warn about too little text: for web pages, not for files the reader wrote. */
  checkLength: boolean;
}): ImportedArticle {
  const withTitle = parts.headline && parts.title !== null;
  const { rows, paragraphStarts } = toReadableRows(
    withTitle && parts.title !== null ? [parts.title, ...parts.body] : parts.body,
  );
  const bodyLength = parts.body.reduce((total, paragraph) => total + paragraph.length, 0);
  const warning: ImportWarning | null =
    parts.checkLength && bodyLength < THIN_ARTICLE_CHARACTERS
      ? {
          code: "import_thin_article",
          message: `Only ${bodyLength} characters of article text were found. The page may be a home, login or index page rather than an article: check the text before translating.`,
        }
      : null;
  return {
    title: parts.title,
    byline: parts.byline,
    sourceUrl: parts.sourceUrl,
    paragraphs: rows,
    titleParagraph: withTitle ? 0 : null,
    paragraphStarts,
    warning,
  };
}
