import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDeleteDocumentHandler } from "@/app/api/documents/[id]/handler";
import { createDocumentsHandler } from "@/app/api/documents/handler";
import { createRevisionsHandlers } from "@/app/api/revisions/handler";
import type { ApiSavedDocument } from "@/lib/api/wire-types";
import type { AppServices } from "@/lib/server/app-services";
import { DocumentPageCache } from "@/lib/server/document-page-cache";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import { createFakeEngine } from "@/tests/support/fake-engine";

const PARAGRAPHS = [
  { source: "बाज़ार में सब्ज़ियों के दाम बढ़ गए।", translation: "Vegetable prices rose." },
  { source: "किसानों ने कहा कि बारिश कम हुई।", translation: "Farmers said rain was low." },
];

function runtime(): { runtime: AppServices; dataDir: string } {
  // The folder is known here so a test can open the same SQLite file directly.
  const dataDir = mkdtempSync(path.join(tmpdir(), "dvibhashi-page-cache-"));
  const engine = createFakeEngine();
  return {
    runtime: testRuntime({ env: { DATA_DIR: dataDir }, engines: { fake: () => engine } }),
    dataDir,
  };
}

async function save(services: AppServices): Promise<ApiSavedDocument> {
  const response = await createDocumentsHandler(() => services)(
    jsonRequest("/api/documents", {
      title: "दाम बढ़े",
      source: "hi",
      target: "en",
      engine: "fake",
      paragraphs: PARAGRAPHS.map((paragraph) => ({ ...paragraph, engine: "fake:default" })),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as ApiSavedDocument;
}

async function correct(services: AppServices, saved: ApiSavedDocument, text: string) {
  const response = await createRevisionsHandlers(() => services).POST(
    jsonRequest(
      "/api/revisions",
      { documentId: saved.id, position: 1, text, author: "Meera" },
      { "x-edit-key": saved.editKey },
    ),
  );
  expect(response.status).toBe(201);
}

describe("permalink page cache", () => {
  it("serves a saved document from the cache on repeat, without reading it again", async () => {
    const { runtime: services, dataDir } = runtime();
    const saved = await save(services);
    const cache = new DocumentPageCache();

    const first = await cache.load(services, saved.id);
    expect(first?.fromCache).toBe(false);
    expect(first?.document.paragraphs[1]?.translation).toBe("Farmers said rain was low.");

    // Change the row behind the store's back (no counter bump): a repeat that read the database
    // would show it, one served from the cache cannot.
    const database = new BetterSqlite3(path.join(dataDir, "dvibhashi.db"));
    database
      .prepare("UPDATE document_paragraphs SET translation = ? WHERE document_id = ?")
      .run("Changed behind the cache.", saved.id);
    database.close();

    const repeat = await cache.load(services, saved.id);
    expect(repeat?.fromCache).toBe(true);
    expect(repeat?.document.paragraphs[1]?.translation).toBe("Farmers said rain was low.");
    expect(cache.size).toBe(1);
  });

  it("shows a correction on the next request after it is saved", async () => {
    const { runtime: services } = runtime();
    const saved = await save(services);
    const cache = new DocumentPageCache();
    await cache.load(services, saved.id);
    expect((await cache.load(services, saved.id))?.fromCache).toBe(true);

    await correct(services, saved, "Farmers said the rains were poor.");
    const next = await cache.load(services, saved.id);
    expect(next?.fromCache).toBe(false);
    expect(next?.document.paragraphs[1]?.translation).toBe("Farmers said the rains were poor.");
    expect(next?.document.paragraphs[1]?.revision).toMatchObject({ author: "Meera" });
  });

  it("shows a correction made in another document (offered as a suggestion) on the next request", async () => {
    const { runtime: services } = runtime();
    const reader = await save(services);
    const elsewhere = await save(services);
    const cache = new DocumentPageCache();
    const before = await cache.load(services, reader.id);
    expect(before?.document.paragraphs[1]?.suggestion).toBeUndefined();

    await correct(services, elsewhere, "Farmers said the rains failed.");
    const next = await cache.load(services, reader.id);
    expect(next?.fromCache).toBe(false);
    // Under the default document scope another document's correction is offered, not applied.
    expect(next?.document.paragraphs[1]?.translation).toBe("Farmers said rain was low.");
    expect(next?.document.paragraphs[1]?.suggestion).toMatchObject({
      text: "Farmers said the rains failed.",
      origin: "elsewhere",
    });
  });

  it("forgets a deleted document and never remembers unknown or malformed ids", async () => {
    const { runtime: services } = runtime();
    const saved = await save(services);
    const cache = new DocumentPageCache();
    await cache.load(services, saved.id);
    const deleted = await createDeleteDocumentHandler(() => services)(
      new Request(`http://localhost/api/documents/${saved.id}`, {
        method: "DELETE",
        headers: { "x-edit-key": saved.editKey },
      }),
      { params: Promise.resolve({ id: saved.id }) },
    );
    expect(deleted.status).toBe(204);
    expect(await cache.load(services, saved.id)).toBeUndefined();
    expect(await cache.load(services, "AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    expect(await cache.load(services, "../etc/passwd")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps within its byte budget, dropping the least recently read document first", async () => {
    const { runtime: services } = runtime();
    const first = await save(services);
    const second = await save(services);
    const probe = new DocumentPageCache();
    await probe.load(services, first.id);
    // Room for one document of this size, not two.
    const one = JSON.stringify((await probe.load(services, first.id))?.document).length * 2;
    const cache = new DocumentPageCache(one + one / 2);
    await cache.load(services, first.id);
    await cache.load(services, second.id);
    expect(cache.size).toBe(1);
    expect((await cache.load(services, second.id))?.fromCache).toBe(true);
    expect((await cache.load(services, first.id))?.fromCache).toBe(false);
  });

  it("keeps a string made from a revision until a correction, then makes it again from the corrected document", async () => {
    const { runtime: services } = runtime();
    const saved = await save(services);
    const cache = new DocumentPageCache();
    const made: string[] = [];
    // Stands for the permalink's rows: made from the document it is given, counted per call.
    const rows = async (language: string) => {
      const loaded = await cache.load(services, saved.id);
      return loaded?.derived(`rows:${language}`, () => {
        const text = `${language}|${loaded.document.paragraphs.map((paragraph) => paragraph.translation).join("|")}`;
        made.push(text);
        return text;
      });
    };

    expect(await rows("en")).toBe("en|Vegetable prices rose.|Farmers said rain was low.");
    expect(await rows("en")).toBe("en|Vegetable prices rose.|Farmers said rain was low.");
    expect(await rows("hi")).toBe("hi|Vegetable prices rose.|Farmers said rain was low.");
    expect(made).toHaveLength(2);

    await correct(services, saved, "Farmers said the rains were poor.");
    expect(await rows("en")).toBe("en|Vegetable prices rose.|Farmers said the rains were poor.");
    expect(await rows("hi")).toBe("hi|Vegetable prices rose.|Farmers said the rains were poor.");
    expect(made).toHaveLength(4);
  });

  it("does not keep a string for a revision replaced while it was being made", async () => {
    const { runtime: services } = runtime();
    const saved = await save(services);
    const cache = new DocumentPageCache();
    const stale = await cache.load(services, saved.id);
    await correct(services, saved, "Farmers said the rains were poor.");
    const fresh = await cache.load(services, saved.id);
    // The request that read the older revision finishes its page after the newer one loaded.
    expect(stale?.derived("rows:en", () => "older")).toBe("older");
    expect(fresh?.derived("rows:en", () => "newer")).toBe("newer");
    const again = await cache.load(services, saved.id);
    expect(again?.fromCache).toBe(true);
    expect(again?.derived("rows:en", () => "made again")).toBe("newer");
  });

  it("counts kept strings against its byte budget", async () => {
    const { runtime: services } = runtime();
    const first = await save(services);
    const second = await save(services);
    const probe = new DocumentPageCache();
    const one = JSON.stringify((await probe.load(services, first.id))?.document).length * 2;
    // Room for both documents, but not for both with a large string made from one of them.
    const cache = new DocumentPageCache(one * 3);
    await cache.load(services, first.id);
    await cache.load(services, second.id);
    expect(cache.size).toBe(2);
    (await cache.load(services, second.id))?.derived("rows:en", () => "x".repeat(one));
    expect(cache.size).toBe(1);
    expect((await cache.load(services, second.id))?.fromCache).toBe(true);
    expect((await cache.load(services, first.id))?.fromCache).toBe(false);
  });
});
