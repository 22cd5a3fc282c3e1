import "server-only";

import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { ImportError } from "@/lib/import/errors";
import { extractArticle } from "@/lib/import/extract-article";
import { fetchPage, type FetchPageOptions } from "@/lib/import/fetch-page";
import { FILE_MAX_BYTES, importFile } from "@/lib/import/import-file";
import { assembleArticle } from "@/lib/import/imported-article";
import { plainParagraphs } from "@/lib/import/plain-text";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import { clientKey } from "@/lib/server/rate-limit";
import { readBodyBytes, readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { importUrlSchema } from "./schema";

// The form wraps the file in a few hundred bytes of headers and boundaries.
const MAX_FORM_BYTES = FILE_MAX_BYTES + 64 * 1024;

/**
 * The uploaded file from a multipart body. A body the form parser cannot read (no boundary, cut
 * off, empty) is the client's mistake and gets a 400 that says so, never a 500.
 */
async function formFile(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<File> {
  if (!/;\s*boundary=/i.test(contentType)) {
    throw new ApiError(
      "invalid_request",
      "The upload has no multipart boundary in its Content-Type, so the file cannot be found in it.",
    );
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ApiError(
      "invalid_request",
      "The upload could not be read as a form: it is empty, cut off or malformed. Send the file again.",
    );
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new ApiError("invalid_request", 'Send the file in a form field named "file".');
  }
  return file;
}

/**
 * An import the reader could not save or summarise is refused now, with the limit it passes,
 * rather than read in full and refused later, when the reader saves it.
 */
function checkArticleLimits(
  article: { paragraphs: readonly string[] },
  limits: { MAX_ARTICLE_PARAGRAPHS: number; MAX_ARTICLE_CHARACTERS: number },
): void {
  const count = article.paragraphs.length;
  const characters = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (count <= limits.MAX_ARTICLE_PARAGRAPHS && characters <= limits.MAX_ARTICLE_CHARACTERS) {
    return;
  }
  const format = (value: number) => value.toLocaleString("en");
  throw new ImportError(
    "import_too_large",
    `This text has ${format(count)} paragraphs and ${format(characters)} characters; an article may have at most ${format(limits.MAX_ARTICLE_PARAGRAPHS)} paragraphs and ${format(limits.MAX_ARTICLE_CHARACTERS)} characters. Import it in parts.`,
  );
}

/**
 * POST /api/import: `{"url": …}` as JSON fetches and extracts a web page; a multipart form with
 * a `file` field reads a .txt, .md or .html file. Either way the answer is the article's title,
 * byline, address and paragraphs, for the reader to translate.
 */
export function createImportHandler(
  getRuntime: () => AppServices,
  fetchOptions: Omit<FetchPageOptions, "allowLoopback" | "abortSignal"> = {},
) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const runtime = getRuntime();
      await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
      const contentType = request.headers.get("content-type") ?? "";
      let article;
      if (/^multipart\/form-data/i.test(contentType)) {
        const buffer = await readBodyBytes(
          request,
          MAX_FORM_BYTES,
          () =>
            new ImportError(
              "import_too_large",
              "The file is larger than 5 MB, the most that can be imported.",
            ),
        );
        const file = await formFile(buffer, contentType);
        // The bytes, not file.text(): that reads everything as UTF-8, and the file may be UTF-16.
        const bytes = new Uint8Array(await file.arrayBuffer());
        article = importFile({ name: file.name, size: file.size, bytes });
      } else {
        const body = await readJsonBody(request, importUrlSchema, 16 * 1024);
        const page = await fetchPage(body.url, {
          ...fetchOptions,
          allowLoopback: runtime.env.IMPORT_ALLOW_LOOPBACK,
          abortSignal: request.signal,
        });
        article =
          page.mediaType === "text/html"
            ? extractArticle(page.text, page.url)
            : assembleArticle({
                title: null,
                byline: null,
                sourceUrl: page.url,
                body: plainParagraphs(page.text),
                headline: false,
                checkLength: true,
              });
        if (article.paragraphs.length === 0) {
          throw new ImportError("import_no_article", "The page has no text to read.");
        }
      }
      checkArticleLimits(article, runtime.env);
      const answer: ApiImportedArticle = article;
      return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
