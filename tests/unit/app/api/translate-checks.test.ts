import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslateHandler } from "@/app/api/translate/handler";
import { createDocumentsHandler } from "@/app/api/documents/handler";
import { createDocumentHandler } from "@/app/api/documents/[id]/handler";
import type { ApiDocument, ApiParagraph } from "@/lib/api/wire-types";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
} from "@/tests/support/fixture-server";
import { TEST_KEY, libreTranslateFixture } from "@/tests/support/vendor-fixtures";

/*
 * The glossary and the fact check through the real translate route and a real HTTP server
 * speaking LibreTranslate's format. The server mangles what it is given the ways MT services
 * do: it changes the case and spacing of one placeholder, drops another, drops a number and
 * turns crore into million.
 */
function mangle(text: string, target: string): string {
  const damaged = text
    .replace(/GX1Q/g, "gx 1 q")
    .replace(/GX2Q/g, "")
    .replace(/\b525\b/g, "")
    .replace(/करोड़/g, "million");
  return fakeTranslate(damaged, target);
}

let server: FixtureServer;
let glossaryFile: string;
beforeAll(async () => {
  server = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000, translate: mangle }));
  glossaryFile = path.join(mkdtempSync(path.join(tmpdir(), "glossary-")), "glossary.tsv");
  writeFileSync(glossaryFile, "# operator glossary\nhi\tएमबी पाटिल\tM.B. Patil\n");
});
afterAll(() => server.close());

const runtime = () =>
  testRuntime({
    env: {
      LIBRETRANSLATE_URL: server.url,
      LIBRETRANSLATE_API_KEY: TEST_KEY,
      GLOSSARY_FILE: glossaryFile,
    },
  });

async function translate(body: Record<string, unknown>) {
  const post = createTranslateHandler(runtime);
  const response = await post(
    jsonRequest("/api/translate", {
      engine: "libretranslate",
      source: "hi",
      target: "en",
      ...body,
    }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { paragraphs: ApiParagraph[] }).paragraphs;
}

describe("glossary through a LibreTranslate server that mangles placeholders", () => {
  it("protects the operator's term and restores it although the engine changed its case", async () => {
    const [paragraph] = await translate({ paragraphs: ["मंत्री एमबी पाटिल ने कहा।"] });
    const sent = server.requests.at(-1)?.body as { q: string[] };
    expect(sent.q).toEqual(["मंत्री GX1Q ने कहा।"]);
    expect(paragraph?.translation).toBe("[en] मंत्री M.B. Patil ने कहा।");
    expect(paragraph?.factIssues).toEqual([]);
  });

  it("applies the reader's glossary over the operator's, and keeps a term as it is", async () => {
    const [paragraph] = await translate({
      paragraphs: ["मंत्री एमबी पाटिल ने कहा।"],
      glossary: [
        { term: "एमबी पाटिल", language: "hi", rendering: "Mallanagouda Patil" },
        { term: "मंत्री", language: "hi", rendering: null },
      ],
    });
    // Longest first: the name is GX1Q, the kept word GX2Q, which this server drops.
    expect(paragraph?.translation).toBe("[en] मंत्री एमबी पाटिल ने कहा।");
    // Fell back to the engine without the glossary, and the fact check names the lost term.
    expect(paragraph?.factIssues).toContainEqual({
      kind: "name",
      source: "एमबी पाटिल",
      translation: null,
    });
  });
});

describe("fact check through the translate route", () => {
  it("flags the dropped number and the crore turned million, and saves the flags", async () => {
    const services = runtime();
    const paragraphs = await translate({
      paragraphs: ["हादसे में 525 लोग घायल हुए।", "बजट 1,250 करोड़ रुपये है।", "कुल 12 लोग।"],
    });
    expect(paragraphs.map((paragraph) => paragraph.factIssues)).toEqual([
      [{ kind: "number", source: "525", translation: null }],
      [{ kind: "number", source: "1,250 करोड़ रुपये", translation: "1,250 million रुपये" }],
      [],
    ]);

    const save = createDocumentsHandler(() => services);
    const saved = await save(
      jsonRequest("/api/documents", {
        source: "hi",
        target: "en",
        engine: "libretranslate",
        paragraphs: paragraphs.map((paragraph) => ({
          source: paragraph.source,
          translation: paragraph.translation,
          engine: paragraph.engine,
        })),
      }),
    );
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const GET = createDocumentHandler(() => services);
    const read = await GET(new Request(`http://localhost/api/documents/${id}`), {
      params: Promise.resolve({ id }),
    });
    const document = (await read.json()) as ApiDocument;
    expect(document.paragraphs.map((paragraph) => paragraph.factIssues?.length)).toEqual([1, 1, 0]);
  });
});
