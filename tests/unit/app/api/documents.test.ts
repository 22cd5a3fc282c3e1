import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentExportHandler } from "@/app/api/documents/[id]/export/handler";
import {
  createDeleteDocumentHandler,
  createDocumentHandler,
} from "@/app/api/documents/[id]/handler";
import { createDocumentRevisionsHandler } from "@/app/api/documents/[id]/revisions/handler";
import { createDocumentSummaryHandler } from "@/app/api/documents/[id]/summary/handler";
import { createDocumentsHandler } from "@/app/api/documents/handler";
import { createImportHandler } from "@/app/api/import/handler";
import { createRevisionsHandlers } from "@/app/api/revisions/handler";
import { createTranslateHandler } from "@/app/api/translate/handler";
import type {
  ApiDocument,
  ApiParagraph,
  ApiRevision,
  ApiSavedDocument,
} from "@/lib/api/wire-types";
import type { AppServices } from "@/lib/server/app-services";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import {
  createScratchDatabase,
  makeReadOnly,
  scratchFolder,
  TEST_DATABASE_URL,
} from "@/tests/support/databases";
import { createFakeEngine } from "@/tests/support/fake-engine";
import {
  ARTICLE_HTML,
  startImportFixture,
  type ImportFixture,
} from "@/tests/support/import-fixtures";

const PARAGRAPHS = [
  "बाज़ार में सब्ज़ियों के दाम बढ़ गए।",
  "किसानों ने कहा कि बारिश कम हुई।",
  "सरकार ने मदद का वादा किया।",
];

function handlers(runtime: AppServices) {
  const get = () => runtime;
  const revisions = createRevisionsHandlers(get);
  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  return {
    translate: createTranslateHandler(get),
    save: createDocumentsHandler(get),
    load: (id: string) =>
      createDocumentHandler(get)(new Request(`http://localhost/api/documents/${id}`), params(id)),
    putSummary: (id: string, body: unknown, editKey?: string) =>
      createDocumentSummaryHandler(get)(
        new Request(`http://localhost/api/documents/${id}/summary`, {
          method: "PUT",
          headers: {
            "content-type": "application/json",
            ...(editKey ? { "x-edit-key": editKey } : {}),
          },
          body: JSON.stringify(body),
        }),
        params(id),
      ),
    deleteDocument: (id: string, editKey?: string) =>
      createDeleteDocumentHandler(get)(
        new Request(`http://localhost/api/documents/${id}`, {
          method: "DELETE",
          headers: editKey ? { "x-edit-key": editKey } : {},
        }),
        params(id),
      ),
    exportDocument: (id: string, query: string) =>
      createDocumentExportHandler(get)(
        new Request(`http://localhost/api/documents/${id}/export?${query}`),
        params(id),
      ),
    addRevision: (body: unknown, editKey?: string) =>
      revisions.POST(jsonRequest("/api/revisions", body, editKey ? { "x-edit-key": editKey } : {})),
    listRevisions: (id: string, position: number | string) =>
      createDocumentRevisionsHandler(get)(
        new Request(`http://localhost/api/documents/${id}/revisions?position=${position}`),
        params(id),
      ),
    importPage: createImportHandler(get),
  };
}

async function translate(runtime: AppServices, paragraphs: string[], engine: string) {
  const response = await handlers(runtime).translate(
    jsonRequest("/api/translate", { paragraphs, source: "hi", target: "en", engine }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { paragraphs: ApiParagraph[] }).paragraphs;
}

async function saveTranslated(runtime: AppServices, paragraphs: ApiParagraph[]) {
  const response = await handlers(runtime).save(
    jsonRequest("/api/documents", {
      title: "दाम बढ़े",
      sourceUrl: "https://news.example.test/prices",
      source: "hi",
      target: "en",
      engine: "fake",
      paragraphs: paragraphs.map((paragraph) => ({
        source: paragraph.source,
        translation: paragraph.translation,
        engine: paragraph.engine,
        fallback: paragraph.fallback ?? false,
        sentences: paragraph.sentences,
      })),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as ApiSavedDocument;
}

/** The smallest valid save, for tests about the database rather than the document. */
const saveOneParagraph = (runtime: AppServices) =>
  handlers(runtime).save(
    jsonRequest("/api/documents", {
      source: "hi",
      target: "en",
      engine: "fake",
      paragraphs: [{ source: "a", translation: "b", engine: "fake:default" }],
    }),
  );

function fakeRuntime(env: Record<string, string> = {}) {
  const engine = createFakeEngine();
  const other = createFakeEngine({ engineId: "other" });
  const runtime = testRuntime({ env, engines: { fake: () => engine, other: () => other } });
  return { runtime, engine, other };
}

describe("save and permalink", () => {
  it("restores every paragraph of a saved document, with no engine call", async () => {
    const { runtime, engine } = fakeRuntime();
    const translated = await translate(runtime, PARAGRAPHS, "fake");
    const callsAfterTranslating = engine.calls.length;
    const saved = await saveTranslated(runtime, translated);
    expect(saved.url).toBe(`/d/${saved.id}`);

    const response = await handlers(runtime).load(saved.id);
    expect(response.status).toBe(200);
    const document = (await response.json()) as ApiDocument;
    expect(document.title).toBe("दाम बढ़े");
    expect(document.paragraphs.map((paragraph) => paragraph.translation)).toEqual(
      translated.map((paragraph) => paragraph.translation),
    );
    expect(document.paragraphs.map((paragraph) => paragraph.source)).toEqual(PARAGRAPHS);
    expect(engine.calls.length).toBe(callsAfterTranslating);
  });

  it("keeps a long paragraph's rows as one paragraph after reload, for the exports", async () => {
    const { runtime } = fakeRuntime();
    const translated = await translate(runtime, PARAGRAPHS, "fake");
    const response = await handlers(runtime).save(
      jsonRequest("/api/documents", {
        source: "hi",
        target: "en",
        engine: "fake",
        paragraphs: translated.map((paragraph, index) => ({
          source: paragraph.source,
          translation: paragraph.translation,
          engine: paragraph.engine,
          sentences: paragraph.sentences,
          // Rows 1 and 2 are one paragraph of the article.
          continues: index === 2,
        })),
      }),
    );
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as ApiSavedDocument;
    const document = (await (await handlers(runtime).load(id)).json()) as ApiDocument;
    expect(document.paragraphs.map((paragraph) => paragraph.continues === true)).toEqual([
      false,
      false,
      true,
    ]);
    const text = await (
      await handlers(runtime).exportDocument(id, "format=text&side=source")
    ).text();
    expect(text).toContain(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n`);
  });

  it("answers 404 for an unknown id and for a malformed one", async () => {
    const { runtime } = fakeRuntime();
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "../../etc/passwd", "x", "' or 1=1 --"]) {
      const response = await handlers(runtime).load(id);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("refuses a document without paragraphs or with the same language twice", async () => {
    const { runtime } = fakeRuntime();
    const empty = await handlers(runtime).save(
      jsonRequest("/api/documents", { source: "hi", target: "en", engine: "x", paragraphs: [] }),
    );
    expect(empty.status).toBe(400);
    const same = await handlers(runtime).save(
      jsonRequest("/api/documents", {
        source: "hi",
        target: "hi",
        engine: "x",
        paragraphs: [{ source: "a", translation: "b", engine: "x" }],
      }),
    );
    expect(same.status).toBe(400);
  });

  it("refuses a summary that cites a paragraph the document does not have", async () => {
    const { runtime } = fakeRuntime();
    const translated = await translate(runtime, PARAGRAPHS, "fake");
    const bullet = (paragraph: number) => ({
      source: PARAGRAPHS[0],
      translation: "Prices rose.",
      paragraphs: [paragraph],
      sentences: [],
      engine: "fake:default",
    });
    const body = (paragraph: number) => ({
      source: "hi",
      target: "en",
      engine: "fake",
      paragraphs: translated.map((paragraph) => ({
        source: paragraph.source,
        translation: paragraph.translation,
        engine: paragraph.engine,
      })),
      summary: { method: "extractive", bullets: [bullet(paragraph)] },
    });
    const beyond = await handlers(runtime).save(jsonRequest("/api/documents", body(999)));
    expect(beyond.status).toBe(400);
    expect(await beyond.text()).toMatch(/cites a paragraph/);
    const last = await handlers(runtime).save(jsonRequest("/api/documents", body(2)));
    expect(last.status).toBe(201);
    const saved = (await last.json()) as ApiSavedDocument;
    const put = await handlers(runtime).putSummary(
      saved.id,
      { method: "extractive", bullets: [bullet(3)] },
      saved.editKey,
    );
    expect(put.status).toBe(400);
    expect(await put.text()).toMatch(/paragraph 4; the document has 3/);
  });

  it("keeps a summary saved after the document", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const bullet = {
      source: PARAGRAPHS[0],
      translation: "Prices rose.",
      paragraphs: [0],
      sentences: [],
      engine: "fake:default",
    };
    const put = await handlers(runtime).putSummary(
      saved.id,
      { method: "extractive", bullets: [bullet] },
      saved.editKey,
    );
    expect(put.status).toBe(204);
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.summary?.bullets).toEqual([bullet]);
    const missing = await handlers(runtime).putSummary(
      "AAAAAAAAAAAAAAAAAAAAAA",
      { method: "extractive", bullets: [] },
      saved.editKey,
    );
    expect(missing.status).toBe(404);
  });
});

describe("edit keys", () => {
  it("gives the creator a read link and a separate edit key, stored only as a hash", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    expect(saved.url).toBe(`/d/${saved.id}`);
    expect(saved.editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(saved.editUrl).toBe(`/d/${saved.id}#edit=${saved.editKey}`);
    const store = await runtime.store.get();
    const hash = await store.getEditKeyHash(saved.id);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(saved.editKey);
    // The document as readers get it carries no key.
    const document = await (await handlers(runtime).load(saved.id)).text();
    expect(document).not.toContain(saved.editKey);
    expect(document).not.toContain(hash);
  });

  it("refuses summary replacement, corrections and deletion without the key, with typed 403s", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const summary = { method: "extractive", bullets: [] };
    const correction = {
      documentId: saved.id,
      position: 0,
      text: "FAKE NEWS: visit http://evil.example",
    };
    for (const [response, code] of [
      [await handlers(runtime).putSummary(saved.id, summary), "edit_key_required"],
      [
        await handlers(runtime).putSummary(saved.id, summary, "wrong-key-wrong-key-wrong"),
        "edit_key_invalid",
      ],
      [await handlers(runtime).addRevision(correction), "edit_key_required"],
      [await handlers(runtime).addRevision(correction, "x".repeat(43)), "edit_key_invalid"],
      [await handlers(runtime).deleteDocument(saved.id), "edit_key_required"],
    ] as const) {
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[0]?.translation).not.toContain("FAKE NEWS");
  });

  it("takes a reader's proposal as a suggestion shown beside the text, applied nowhere", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const proposal = await handlers(runtime).addRevision({
      documentId: saved.id,
      position: 1,
      text: "Farmers said it rained little.",
      author: "A reader",
      suggest: true,
    });
    expect(proposal.status).toBe(201);
    expect(((await proposal.json()) as { revision: ApiRevision }).revision.kind).toBe("suggestion");
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[1]?.translation).not.toBe("Farmers said it rained little.");
    expect(document.paragraphs[1]?.suggestion).toMatchObject({
      text: "Farmers said it rained little.",
      author: "A reader",
      origin: "reader",
    });
  });

  it("deletes a document with its key; afterwards it is gone", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    expect((await handlers(runtime).deleteDocument(saved.id, saved.editKey)).status).toBe(204);
    expect((await handlers(runtime).load(saved.id)).status).toBe(404);
    expect((await handlers(runtime).deleteDocument(saved.id, saved.editKey)).status).toBe(404);
  });
});

describe("write-through translation cache", () => {
  it("reuses translations after a restart: a new runtime on the same data calls no engine", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-restart-"));
    const first = fakeRuntime({ DATA_DIR: folder });
    await translate(first.runtime, PARAGRAPHS, "fake");
    expect(first.engine.calls.length).toBeGreaterThan(0);
    await first.runtime.translationCache.flush();

    const second = fakeRuntime({ DATA_DIR: folder });
    const again = await translate(second.runtime, PARAGRAPHS, "fake");
    expect(second.engine.calls).toEqual([]);
    expect(again.every((paragraph) => paragraph.cached)).toBe(true);
  });
});

describe("translation memory and revisions", () => {
  async function correctedDocument(env: Record<string, string> = {}) {
    const fake = fakeRuntime(env);
    const translated = await translate(fake.runtime, PARAGRAPHS, "fake");
    const saved = await saveTranslated(fake.runtime, translated);
    const edit = await handlers(fake.runtime).addRevision(
      {
        documentId: saved.id,
        position: 1,
        text: "Farmers said the rains were poor.",
        previousText: translated[1]?.translation,
        author: "Meera",
      },
      saved.editKey,
    );
    expect(edit.status).toBe(201);
    return { ...fake, saved };
  }

  it("applies a correction to its own document only, by default", async () => {
    const { runtime, saved } = await correctedDocument();
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[1]?.translation).toBe("Farmers said the rains were poor.");
    expect(document.paragraphs[1]?.revision).toMatchObject({
      author: "Meera",
      documentId: saved.id,
    });
    expect(document.paragraphs[0]?.revision).toBeUndefined();

    // A new translation of the same paragraph is the engine's: nobody's edit reaches strangers.
    const [again] = await translate(runtime, [PARAGRAPHS[1] ?? ""], "other");
    expect(again?.engine).toBe("other:default");
    expect(again?.revision).toBeUndefined();

    // Another document with that paragraph is offered the correction as a suggestion only.
    const second = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "other"));
    const view = (await (await handlers(runtime).load(second.id)).json()) as ApiDocument;
    expect(view.paragraphs[1]?.translation).not.toBe("Farmers said the rains were poor.");
    expect(view.paragraphs[1]?.suggestion).toMatchObject({
      text: "Farmers said the rains were poor.",
      origin: "elsewhere",
    });
    expect(JSON.stringify(view)).not.toContain(saved.id);
  });

  it("applies corrections everywhere under MEMORY_SCOPE=instance, without naming the document", async () => {
    const { runtime, other, saved } = await correctedDocument({ MEMORY_SCOPE: "instance" });
    const second = await translate(runtime, ["नई सड़क बनेगी।", PARAGRAPHS[1] ?? ""], "other");
    expect(second[1]).toMatchObject({
      translation: "Farmers said the rains were poor.",
      engine: "memory",
      revision: { author: "Meera", documentId: null },
    });
    expect(other.calls.flat()).toEqual(["नई सड़क बनेगी।"]);
    expect(JSON.stringify(second)).not.toContain(saved.id);
  });

  it("keeps both of two simultaneous edits, shows the later, and reports the conflict", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const body = (text: string) => ({
      documentId: saved.id,
      position: 0,
      sourceText: PARAGRAPHS[0],
      text,
      previousText: "engine text",
      baseRevisionId: null,
    });
    const answers = await Promise.all([
      handlers(runtime).addRevision(body("Vegetable prices rose in the market."), saved.editKey),
      handlers(runtime).addRevision(body("Prices of vegetables went up."), saved.editKey),
    ]);
    const results = (await Promise.all(answers.map((answer) => answer.json()))) as {
      revision: ApiRevision;
      conflict: boolean;
    }[];
    const later = results.reduce((a, b) => (a.revision.id > b.revision.id ? a : b));
    expect(later.conflict).toBe(true);

    const listed = (await (await handlers(runtime).listRevisions(saved.id, 0)).json()) as {
      revisions: ApiRevision[];
    };
    expect(listed.revisions.map((revision) => revision.text).sort()).toEqual([
      "Prices of vegetables went up.",
      "Vegetable prices rose in the market.",
    ]);
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[0]?.translation).toBe(later.revision.text);
  });

  it("keeps an edit typed over several lines as one paragraph", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const response = await handlers(runtime).addRevision(
      {
        documentId: saved.id,
        position: 0,
        text: "Line one.\n\nLine two.\r\nLine three.",
        baseRevisionId: null,
      },
      saved.editKey,
    );
    expect(response.status).toBe(201);
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[0]?.translation).toBe("Line one. Line two. Line three.");
    const text = await (
      await handlers(runtime).exportDocument(saved.id, "format=text&language=target")
    ).text();
    expect(text).toContain("Line one. Line two. Line three.");
  });

  it("reverts by saving an earlier text as the newest revision; history keeps every step", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const add = async (text: string, baseRevisionId: number | null) =>
      (
        (await (
          await handlers(runtime).addRevision(
            { documentId: saved.id, position: 2, text, baseRevisionId },
            saved.editKey,
          )
        ).json()) as { revision: ApiRevision }
      ).revision;
    const first = await add("The government promised help.", null);
    const second = await add("The government promised aid.", first.id);
    const reverted = await add(first.text, second.id);
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[2]?.translation).toBe("The government promised help.");
    const { revisions } = (await (await handlers(runtime).listRevisions(saved.id, 2)).json()) as {
      revisions: ApiRevision[];
    };
    expect(revisions.map((revision) => revision.id)).toEqual([first.id, second.id, reverted.id]);
    // An earlier person's text is still an edit, not the engine's.
    expect(document.paragraphs[2]?.revision?.restored).toBeUndefined();
  });

  it("says after reload that a revert to the engine's text restored it, not that someone edited it", async () => {
    const { runtime } = fakeRuntime();
    const translated = await translate(runtime, PARAGRAPHS, "fake");
    const saved = await saveTranslated(runtime, translated);
    const engineText = translated[1]?.translation ?? "";
    const edit = (
      (await (
        await handlers(runtime).addRevision(
          { documentId: saved.id, position: 1, text: "A person's wording.", baseRevisionId: null },
          saved.editKey,
        )
      ).json()) as { revision: ApiRevision }
    ).revision;
    const edited = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(edited.paragraphs[1]?.revision?.restored).toBeUndefined();
    await handlers(runtime).addRevision(
      { documentId: saved.id, position: 1, text: engineText, baseRevisionId: edit.id },
      saved.editKey,
    );
    const document = (await (await handlers(runtime).load(saved.id)).json()) as ApiDocument;
    expect(document.paragraphs[1]?.translation).toBe(engineText);
    expect(document.paragraphs[1]?.revision?.restored).toBe(true);
  });

  it("refuses text that is not the document's paragraph, and a paragraph it does not have", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const foreign = await handlers(runtime).addRevision(
      { documentId: saved.id, position: 0, sourceText: "someone else's paragraph", text: "x" },
      saved.editKey,
    );
    expect(foreign.status).toBe(400);
    const beyond = await handlers(runtime).addRevision(
      { documentId: saved.id, position: 99, text: "x" },
      saved.editKey,
    );
    expect(beyond.status).toBe(404);
  });

  it("refuses an empty edit and a 1 MB edit with their own messages", async () => {
    const { runtime } = fakeRuntime();
    const saved = await saveTranslated(runtime, await translate(runtime, PARAGRAPHS, "fake"));
    const base = { documentId: saved.id, position: 0 };
    const empty = await handlers(runtime).addRevision({ ...base, text: "  \n " }, saved.editKey);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(
      /cannot be empty/,
    );
    const huge = await handlers(runtime).addRevision(
      { ...base, text: "क".repeat(1024 * 1024) },
      saved.editKey,
    );
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toMatch(
      /at most 20,000 characters/,
    );
    const badPosition = await handlers(runtime).listRevisions(saved.id, "nonsense");
    expect(badPosition.status).toBe(400);
  });
});

describe("exports", () => {
  let runtime: AppServices;
  let id: string;
  let translated: ApiParagraph[];
  beforeAll(async () => {
    runtime = fakeRuntime().runtime;
    translated = await translate(
      runtime,
      [...PARAGRAPHS, "<script>alert('x')</script> # नहीं"],
      "fake",
    );
    id = (await saveTranslated(runtime, translated)).id;
  });

  it("bilingual Markdown has the title, source, engine and every paragraph pair", async () => {
    const response = await handlers(runtime).exportDocument(id, "format=markdown");
    expect(response.headers.get("content-type")).toMatch(/text\/markdown/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; .*\.md/);
    const text = await response.text();
    expect(text).toMatch(/^# दाम बढ़े\n/);
    expect(text).toContain("- Source: <https://news.example.test/prices>");
    expect(text).toContain("> Machine translation by fake; it may contain mistakes.");
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).toContain(`> ${translated[0]?.translation ?? "?"}`);
    expect(text).toContain("\\<script\\>");
  });

  it("HTML is standalone, escaped and keeps pairs together in print", async () => {
    const response = await handlers(runtime).exportDocument(id, "format=html");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toMatch(/@media print[^}]*\{[^}]*\}[\s\S]*break-inside: avoid/);
    expect(html.match(/<tr id="p-\d+">/g)).toHaveLength(4);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("plain text of either language, paragraphs separated by blank lines", async () => {
    const source = await (
      await handlers(runtime).exportDocument(id, "format=text&side=source")
    ).text();
    // The title, four paragraphs, then the permanent link.
    expect(source.split("\n\n")).toHaveLength(6);
    expect(source.trimEnd().endsWith(`http://localhost/d/${id}`)).toBe(true);
    expect(source).toContain(PARAGRAPHS[1]);
    const target = await (
      await handlers(runtime).exportDocument(id, "format=text&side=target")
    ).text();
    expect(target).toContain(translated[1]?.translation);
    expect(target.startsWith(translated[0]?.translation ?? "?")).toBe(true);
    expect(target.trim().split("\n\n")).toHaveLength(5);
    expect(target.trimEnd().endsWith("Machine translation by fake; it may contain mistakes.")).toBe(
      true,
    );
  });

  it("HTML embeds Noto Sans Devanagari, allows only inline fonts and dates in the reader's language", async () => {
    const response = await createDocumentExportHandler(() => runtime)(
      new Request(
        `http://localhost/api/documents/${id}/export?format=html&lang=hi&tz=Asia/Kolkata`,
      ),
      { params: Promise.resolve({ id }) },
    );
    const html = await response.text();
    expect(html).toMatch(
      /@font-face \{ font-family: "Noto Sans Devanagari";[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{10000,}/,
    );
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:",
    );
    expect(html).toContain("सहेजा गया: ");
    expect(html).toContain("स्थायी लिंक");
  });

  it("builds the permanent link from the forwarded host only when the proxy is trusted", async () => {
    const exportWith = async (trust: Record<string, string>) => {
      const trusted = fakeRuntime(trust).runtime;
      const saved = (await saveTranslated(trusted, translated)).id;
      const response = await createDocumentExportHandler(() => trusted)(
        new Request(`http://localhost:3000/api/documents/${saved}/export?format=markdown`, {
          headers: { "x-forwarded-host": "news.example.in", "x-forwarded-proto": "https" },
        }),
        { params: Promise.resolve({ id: saved }) },
      );
      return { text: await response.text(), saved };
    };
    const behindProxy = await exportWith({ TRUST_PROXY: "true" });
    expect(behindProxy.text).toContain(
      `- Permanent link: <https://news.example.in/d/${behindProxy.saved}>`,
    );
    const direct = await exportWith({});
    expect(direct.text).toContain(`- Permanent link: <http://localhost:3000/d/${direct.saved}>`);
  });

  it("refuses an unknown format and an unknown document", async () => {
    expect((await handlers(runtime).exportDocument(id, "format=pdf")).status).toBe(400);
    expect(
      (await handlers(runtime).exportDocument("AAAAAAAAAAAAAAAAAAAAAA", "format=html")).status,
    ).toBe(404);
  });
});

describe.each([
  { name: "SQLite", postgres: false },
  { name: "PostgreSQL", postgres: true },
])("text with NUL and lone surrogates on $name", ({ postgres }) => {
  it.skipIf(postgres && !TEST_DATABASE_URL)(
    "is stored the same on both databases: each bad character one U+FFFD, lengths kept",
    async () => {
      const scratch = postgres ? await createScratchDatabase() : undefined;
      try {
        const { runtime } = fakeRuntime(scratch ? { DATABASE_URL: scratch.url } : {});
        const source = "नमस्ते\u0000दुनिया \uD800 अंत।";
        const response = await handlers(runtime).save(
          jsonRequest("/api/documents", {
            source: "hi",
            target: "en",
            engine: "fake",
            paragraphs: [{ source, translation: "x\u0000y", engine: "fake:default" }],
          }),
        );
        expect(response.status).toBe(201);
        const { id } = (await response.json()) as ApiSavedDocument;
        const document = (await (await handlers(runtime).load(id)).json()) as ApiDocument;
        expect(document.paragraphs[0]?.source).toBe("नमस्ते\uFFFDदुनिया \uFFFD अंत।");
        expect(document.paragraphs[0]?.source).toHaveLength(source.length);
        expect(document.paragraphs[0]?.translation).toBe("x\uFFFDy");
        await runtime.store.close();
      } finally {
        await scratch?.drop();
      }
    },
  );
});

describe("when the database cannot be written", () => {
  it("PostgreSQL down: saving says so clearly; translating still works", async () => {
    const { runtime } = fakeRuntime({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" });
    const translated = await translate(runtime, PARAGRAPHS, "fake");
    expect(translated.every((paragraph) => typeof paragraph.translation === "string")).toBe(true);
    const response = await saveOneParagraph(runtime);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("store_unavailable");
    expect(body.error.message).toMatch(
      /not reachable.*neither be opened nor saved.*Translating still works/,
    );
  });

  it("read-only SQLite file: saved documents still open; a save is refused clearly", async (context) => {
    const scratch = scratchFolder();
    try {
      const writable = fakeRuntime({ DATA_DIR: scratch.folder }).runtime;
      const saved = await saveTranslated(writable, await translate(writable, PARAGRAPHS, "fake"));
      await writable.translationCache.flush();
      await writable.store.close();
      if (!makeReadOnly(path.join(scratch.folder, "dvibhashi.db"))) {
        context.skip("this machine cannot make a file read-only");
      }
      const { runtime } = fakeRuntime({ DATA_DIR: scratch.folder });
      expect((await handlers(runtime).load(saved.id)).status).toBe(200);
      const translated = await translate(runtime, ["नया अनुच्छेद।"], "fake");
      expect(translated[0]?.translation).toBeTypeOf("string");
      const response = await saveTranslated(runtime, translated).catch((error: unknown) => error);
      expect(response).toBeInstanceOf(Error);
      const refused = await saveOneParagraph(runtime);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        "store_read_only",
      );
      await runtime.store.close();
    } finally {
      scratch.remove();
    }
  });
});

describe("POST /api/import", () => {
  let fixture: ImportFixture;
  beforeAll(async () => {
    fixture = await startImportFixture();
  });
  afterAll(() => fixture.close());

  const importUrl = (runtime: AppServices, url: string) =>
    handlers(runtime).importPage(jsonRequest("/api/import", { url }));

  it("imports an article from a URL when the test setting allows loopback", async () => {
    const { runtime } = fakeRuntime({ IMPORT_ALLOW_LOOPBACK: "true" });
    const response = await importUrl(runtime, `${fixture.origin}/article`);
    expect(response.status).toBe(200);
    const article = (await response.json()) as { title: string; paragraphs: string[] };
    expect(article.title).toBe("नदी किनारे नया पुल खुला");
    expect(article.paragraphs).toHaveLength(4);
  });

  it.each([
    ["loopback without the setting", "/article", false, 400, "import_blocked_address"],
    ["a redirect to the metadata service", "/to-metadata", true, 400, "import_blocked_address"],
    ["a redirect loop", "/loop", true, 502, "import_too_many_redirects"],
    ["a PDF", "/report.pdf", true, 415, "import_unsupported_type"],
    ["an image", "/photo.png", true, 415, "import_unsupported_type"],
    ["a 50 MB page", "/huge", true, 413, "import_too_large"],
    ["a page with no article", "/no-article", true, 422, "import_no_article"],
  ])("refuses %s", async (_name, pagePath, allow, status, code) => {
    const { runtime } = fakeRuntime(allow ? { IMPORT_ALLOW_LOOPBACK: "true" } : {});
    const response = await importUrl(runtime, `${fixture.origin}${pagePath}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(20);
  });

  it("refuses file:// and the metadata address directly", async () => {
    const { runtime } = fakeRuntime({ IMPORT_ALLOW_LOOPBACK: "true" });
    expect((await importUrl(runtime, "file:///etc/passwd")).status).toBe(400);
    const metadata = await importUrl(runtime, "http://169.254.169.254/");
    expect(((await metadata.json()) as { error: { code: string } }).error.code).toBe(
      "import_blocked_address",
    );
  });

  const upload = (
    runtime: AppServices,
    name: string,
    content: string | Uint8Array<ArrayBuffer>,
  ) => {
    const form = new FormData();
    form.append("file", new File([content], name));
    return handlers(runtime).importPage(
      new Request("http://localhost/api/import", { method: "POST", body: form }),
    );
  };

  it("reads .txt, .md and .html files", async () => {
    const { runtime } = fakeRuntime();
    const text = (await (
      await upload(runtime, "notes.txt", "पहला अनुच्छेद।\n\nदूसरा अनुच्छेद।")
    ).json()) as { paragraphs: string[]; title: string };
    expect(text.paragraphs).toEqual(["पहला अनुच्छेद।", "दूसरा अनुच्छेद।"]);
    expect(text.title).toBe("notes");
    const markdown = (await (
      await upload(
        runtime,
        "story.md",
        "# पुल खुला\n\nयह **नया** [पुल](https://x.test) है।\n\n- पहली बात\n- दूसरी बात",
      )
    ).json()) as { paragraphs: string[]; title: string };
    expect(markdown.title).toBe("पुल खुला");
    expect(markdown.paragraphs[1]).toBe("यह नया पुल है।");
    const html = (await (await upload(runtime, "page.html", ARTICLE_HTML)).json()) as {
      paragraphs: string[];
    };
    expect(html.paragraphs).toHaveLength(4);
  });

  it("refuses another kind of file and one over 5 MB", async () => {
    const { runtime } = fakeRuntime();
    const pdf = await upload(runtime, "report.pdf", "%PDF-1.7");
    expect(pdf.status).toBe(415);
    const big = await upload(runtime, "big.txt", new Uint8Array(6 * 1024 * 1024).fill(65));
    expect(big.status).toBe(413);
  });
});
