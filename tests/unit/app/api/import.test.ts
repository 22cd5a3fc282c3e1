import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImportHandler } from "@/app/api/import/handler";
import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import {
  ARTICLE_HTML,
  PNG_BYTES,
  WESTERN_HTML,
  encodeUtf16,
  encodeWindows1252,
  startImportFixture,
  type ImportFixture,
} from "@/tests/support/import-fixtures";

const handler = (env: Record<string, string> = {}) =>
  createImportHandler(() => testRuntime({ env }));

const multipart = (body: BodyInit | null, contentType: string) =>
  new Request("http://localhost/api/import", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });

const BOUNDARY = "----dvibhashi-test-boundary";
const wholeForm = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="file"; filename="notes.txt"',
  "Content-Type: text/plain",
  "",
  "पहली पंक्ति।\nदूसरी पंक्ति।",
  `--${BOUNDARY}--`,
  "",
].join("\r\n");

describe("POST /api/import with a broken multipart body", () => {
  it("reads a well-formed hand-written form (the baseline the broken ones are cut from)", async () => {
    const response = await handler()(
      multipart(wholeForm, `multipart/form-data; boundary=${BOUNDARY}`),
    );
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs).toEqual(["पहली पंक्ति।", "दूसरी पंक्ति।"]);
  });

  it.each([
    ["no boundary in the content type", wholeForm, "multipart/form-data"],
    ["a truncated body", wholeForm.slice(0, 90), `multipart/form-data; boundary=${BOUNDARY}`],
    ["an empty body", "", `multipart/form-data; boundary=${BOUNDARY}`],
    ["no body at all", null, `multipart/form-data; boundary=${BOUNDARY}`],
    ["a body with another boundary", wholeForm, "multipart/form-data; boundary=other"],
  ])("answers %s with a typed 400, not a 500", async (_name, body, contentType) => {
    const response = await handler()(multipart(body, contentType));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe("invalid_request");
    expect(answer.error.message).toMatch(/boundary|form|file/i);
  });
});

describe("POST /api/import of a page", () => {
  let fixture: ImportFixture;
  beforeAll(async () => {
    fixture = await startImportFixture();
  });
  afterAll(() => fixture.close());

  it("answers the headline as row 0, marked as the title, with byline and source", async () => {
    const response = await handler({ IMPORT_ALLOW_LOOPBACK: "true" })(
      jsonRequest("/api/import", { url: `${fixture.origin}/article` }),
    );
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.titleParagraph).toBe(0);
    expect(article.paragraphs[0]).toBe("नदी किनारे नया पुल खुला");
    expect(article.paragraphs).toHaveLength(4);
    expect(article.byline).toMatch(/सुनीता वर्मा/);
    expect(article.sourceUrl).toBe(`${fixture.origin}/article`);
    expect(article.warning).toBeNull();
  });

  it("reads a plain-text page one paragraph per line, with no headline row", async () => {
    const response = await handler({ IMPORT_ALLOW_LOOPBACK: "true" })(
      jsonRequest("/api/import", { url: `${fixture.origin}/text` }),
    );
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs).toEqual(["पहला अनुच्छेद।", "दूसरा अनुच्छेद।"]);
    expect(article.titleParagraph).toBeNull();
  });
});

type ErrorAnswer = { error: { code: string; message: string } };

/** A multipart upload of these exact bytes, as a browser's form sends a file. */
function upload(name: string, bytes: Uint8Array): Request {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  return new Request("http://localhost/api/import", { method: "POST", body: form });
}

const HINDI_LINES = "पहली पंक्ति।\nदूसरी पंक्ति।\n";

describe("POST /api/import of more than an article may hold", () => {
  it("refuses a file with more paragraphs than a document may have, naming the limit", async () => {
    const lines = Array.from({ length: 1_201 }, (_, index) => `पंक्ति ${index + 1}`).join("\n");
    const limited = handler({ MAX_ARTICLE_PARAGRAPHS: "1200" });
    const response = await limited(upload("long.txt", Buffer.from(lines)));
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe("import_too_large");
    expect(answer.error.message).toMatch(/1,201 paragraphs/);
    expect(answer.error.message).toMatch(/at most 1,200 paragraphs/);
    // One paragraph fewer is imported whole.
    const fits = await limited(
      upload("long.txt", Buffer.from(lines.slice(0, lines.lastIndexOf("\n")))),
    );
    expect(fits.status).toBe(200);
    expect(((await fits.json()) as ApiImportedArticle).paragraphs).toHaveLength(1_200);
  });

  it("refuses a file with more characters than a document may have", async () => {
    const response = await handler({ MAX_ARTICLE_CHARACTERS: "1000" })(
      upload("wide.txt", Buffer.from("क".repeat(1_001))),
    );
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.message).toMatch(/1,001 characters/);
  });
});

describe("POST /api/import of a file in another encoding", () => {
  it.each([
    ["UTF-16LE with a BOM", encodeUtf16(HINDI_LINES, "le")],
    ["UTF-16BE with a BOM", encodeUtf16(HINDI_LINES, "be")],
    [
      "UTF-8 with a BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HINDI_LINES)]),
    ],
  ])("reads %s as the text it is", async (_name, bytes) => {
    const response = await handler()(upload("notes.txt", bytes));
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs).toEqual(["पहली पंक्ति।", "दूसरी पंक्ति।"]);
  });

  it("reads an HTML file in UTF-16LE with a BOM, although its meta says utf-8", async () => {
    const response = await handler()(upload("story.html", encodeUtf16(ARTICLE_HTML, "le")));
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs[0]).toBe("नदी किनारे नया पुल खुला");
    expect(article.paragraphs).toHaveLength(4);
  });

  it("reads an HTML file by the charset its meta declares", async () => {
    const response = await handler()(upload("cafe.html", encodeWindows1252(WESTERN_HTML)));
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.title).toBe("Café naïve résumé");
    expect(article.paragraphs.join(" ")).toContain("“too many dishes, too few hands”");
    expect(article.paragraphs.join(" ")).toContain("about €2 a plate");
  });

  it("keeps text with a few broken bytes, marking only those", async () => {
    const good = Buffer.from("बाज़ार में दाम बढ़े। ".repeat(20));
    const bytes = Buffer.concat([good, Buffer.from([0xff, 0xfe, 0xc3]), good]);
    const response = await handler()(upload("market.txt", bytes));
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs.join("")).toContain("बढ़े। \uFFFD");
  });
});

describe("POST /api/import of a file that is not text", () => {
  it.each([
    [
      "random bytes named .txt",
      "binary.txt",
      new Uint8Array(randomBytes(4096)),
      /not look like text/,
    ],
    ["a PNG named .txt", "photo.txt", PNG_BYTES, /PNG image/],
    ["a PDF named .md", "report.md", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), /PDF/],
    [
      "a Word file named .html",
      "letter.html",
      Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000"),
      /ZIP|Word/,
    ],
    ["a gzip file named .txt", "notes.txt", gzipSync(Buffer.from(HINDI_LINES)), /gzip/],
    [
      "text with a NUL byte in it",
      "odd.txt",
      Buffer.from("plain words\u0000and more words"),
      /not look like text/,
    ],
  ])("refuses %s with import_unsupported_type", async (_name, fileName, bytes, message) => {
    const response = await handler()(upload(fileName, bytes));
    expect(response.status).toBe(415);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe("import_unsupported_type");
    expect(answer.error.message).toMatch(message);
  });
});

describe("POST /api/import of a page in another encoding or compressed", () => {
  let fixture: ImportFixture;
  beforeAll(async () => {
    fixture = await startImportFixture();
  });
  afterAll(() => fixture.close());

  const importPage = (path: string) =>
    handler({ IMPORT_ALLOW_LOOPBACK: "true" })(
      jsonRequest("/api/import", { url: `${fixture.origin}${path}` }),
    );

  it.each(["/utf16le-article", "/utf16be-article"])(
    "reads %s (a BOM and only text/html in the header) as the article it is",
    async (path) => {
      const response = await importPage(path);
      expect(response.status).toBe(200);
      const article = (await response.json()) as ApiImportedArticle;
      expect(article.paragraphs[0]).toBe("नदी किनारे नया पुल खुला");
      expect(article.paragraphs).toHaveLength(4);
    },
  );

  it("reads a plain-text page in UTF-16 with a BOM", async () => {
    const article = (await (await importPage("/utf16-text")).json()) as ApiImportedArticle;
    expect(article.paragraphs).toEqual(["पहला अनुच्छेद।", "दूसरा अनुच्छेद।"]);
  });

  it("reads a page by the charset its meta declares when the header names none", async () => {
    const response = await importPage("/windows-1252");
    expect(response.status).toBe(200);
    const article = (await response.json()) as ApiImportedArticle;
    expect(article.paragraphs[0]).toBe("Café naïve résumé");
    expect(article.paragraphs.join(" ")).toContain("The council’s inspectors");
  });

  it.each(["gzip", "deflate", "br", "gzip-br"])(
    "decodes a page sent with Content-Encoding %s although identity was asked for",
    async (coding) => {
      const response = await importPage(`/compressed/${coding}`);
      expect(response.status).toBe(200);
      const article = (await response.json()) as ApiImportedArticle;
      expect(article.paragraphs[0]).toBe("नदी किनारे नया पुल खुला");
      expect(article.paragraphs).toHaveLength(4);
    },
  );

  it.each([
    ["/compressed/bomb", 413, "import_too_large"],
    ["/compressed/broken", 502, "import_unreachable"],
    ["/compressed/zstd", 415, "import_unsupported_type"],
    ["/png-as-html", 415, "import_unsupported_type"],
    ["/random-as-text", 415, "import_unsupported_type"],
  ])("answers %s with %i %s", async (path, status, code) => {
    const response = await importPage(path);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as ErrorAnswer;
    expect(answer.error.code).toBe(code);
    if (path === "/compressed/broken") expect(answer.error.message).toMatch(/compressed data/);
    if (path === "/compressed/zstd") expect(answer.error.message).toMatch(/"zstd"/);
  });
});
