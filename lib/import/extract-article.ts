import "server-only";

import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { normalizeParagraph } from "@/lib/text/normalize";
import { ImportError } from "./errors";
import { assembleArticle, type ImportedArticle } from "./imported-article";
import { plainParagraphs } from "./plain-text";

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt";
// Where pages put the byline they show: a byline or author class, or the author microdata and
// link relation that Readability also reads.
// Between a page title's headline and its site name: "सिंचाई योजना | समाचार".
const TITLE_SEPARATOR = /\s[|–—:·-]\s/;
const BYLINE_ELEMENTS =
  '[class*="byline" i], [class~="author" i], [rel="author"], [itemprop="author"]';

function clean(text: string | null | undefined): string | null {
  const value = normalizeParagraph(text ?? "");
  return value === "" ? null : value;
}

/** The text of each block element that holds no other block, in document order. */
function blockTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    // A list item holding paragraphs is read through those paragraphs instead.
    if (element.querySelector(BLOCKS) !== null) continue;
    const text = clean(element.textContent);
    if (text !== null) texts.push(text);
  }
  return texts.length > 0 ? texts : plainParagraphs(root.textContent ?? "");
}

/**
 * Finds the article in a page with Mozilla's Readability (the Firefox Reader View engine):
 * title, byline and body paragraphs, without navigation, ads or comments. The page's scripts
 * never run and nothing it links to is loaded. The headline becomes row 0, marked as the title.
 */
export function extractArticle(html: string, url: string | null): ImportedArticle {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: url ?? "https://import.invalid/", virtualConsole });
  try {
    const document = dom.window.document;
    const pageTitle = clean(document.title);
    // Read before Readability, which rewrites the document as it works.
    const headings = Array.from(document.querySelectorAll("h1"), (element) =>
      clean(element.textContent),
    ).filter((heading): heading is string => heading !== null);
    const visibleBylines = Array.from(document.querySelectorAll(BYLINE_ELEMENTS), (element) =>
      clean(element.textContent),
    ).filter((byline): byline is string => byline !== null);
    const article = new Readability(document, { charThreshold: 200 }).parse();
    let paragraphs: string[] = [];
    if (article?.content) {
      const body = new JSDOM(`<!doctype html><body>${article.content}</body>`, { virtualConsole });
      paragraphs = blockTexts(body.window.document.body);
      body.window.close();
    }
    if (paragraphs.length === 0) {
      throw new ImportError(
        "import_no_article",
        "No article text was found on that page. It may be a home page, a login page or built by scripts; copy the text and paste it instead.",
      );
    }
    const readabilityTitle = clean(article?.title) ?? pageTitle;
    // Readability cuts the site's name off the page title and sometimes part of the headline
    // with it; the page's own headline is preferred when it is clearly the same title.
    const titleHead = (readabilityTitle ?? "").split(TITLE_SEPARATOR)[0]?.trim() ?? "";
    // A page with one level-one heading gives its headline there, whatever its <title> says
    // (a section name, a shortened headline and the site's name: "सिंचाई योजना | समाचार").
    // Not when that heading is the site's own name (a theme that puts the masthead in <h1>).
    const siteNames = [
      clean(article?.siteName),
      ...(pageTitle ?? "").split(TITLE_SEPARATOR).slice(1),
    ].map((name) => name?.trim().toLowerCase());
    const onlyHeading = headings.length === 1 ? headings[0] : undefined;
    const headline =
      headings.find(
        (heading) =>
          titleHead !== "" && (heading.startsWith(titleHead) || titleHead.startsWith(heading)),
      ) ??
      (onlyHeading !== undefined && !siteNames.includes(onlyHeading.toLowerCase())
        ? onlyHeading
        : undefined);
    const title = headline ?? readabilityTitle;
    // Readability may repeat the headline among the first blocks; keep it once, as the title.
    const repeated = title === null ? -1 : paragraphs.slice(0, 3).indexOf(title);
    if (repeated >= 0 && paragraphs.length > 1) paragraphs.splice(repeated, 1);
    // A byline the page shows as a paragraph of its own ("लेखक: रमेश कुमार", class="byline")
    // belongs above the article, not in its first rows; it says more than a <meta> author.
    let visibleByline: string | null = null;
    for (let index = 0; index < Math.min(3, paragraphs.length - 1); index += 1) {
      const paragraph = paragraphs[index] ?? "";
      if (visibleBylines.includes(paragraph)) {
        visibleByline = paragraph;
        paragraphs.splice(index, 1);
        break;
      }
    }
    return assembleArticle({
      title,
      byline: visibleByline ?? clean(article?.byline),
      sourceUrl: url,
      body: paragraphs,
      headline: true,
      checkLength: true,
    });
  } finally {
    dom.window.close();
  }
}
