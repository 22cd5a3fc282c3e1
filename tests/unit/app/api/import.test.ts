import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImportHandler } from "@/app/api/import/handler";
import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import { startImportFixture, type ImportFixture } from "@/tests/support/import-fixtures";

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
