import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScratchDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
} from "../support/databases";
import { startAppServer, type AppServer } from "./support/app-server";

const PARAGRAPHS = ["नदी पर नया पुल खुला।", "लोगों ने खुशी जताई।"];

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Translates PARAGRAPHS with the gloss on the instance at `url` and saves the result there. */
async function translateAndSave(url: string) {
  const translated = await postJson(`${url}/api/translate`, {
    paragraphs: PARAGRAPHS,
    source: "hi",
    target: "en",
    engine: "gloss",
  });
  return postJson(`${url}/api/documents`, {
    source: "hi",
    target: "en",
    engine: "gloss",
    paragraphs: translated.body.paragraphs,
  });
}

async function getJson(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.skipIf(!TEST_DATABASE_URL)(
  `two app instances on one PostgreSQL database${TEST_DATABASE_URL ? "" : ` (${POSTGRES_SKIP_REASON})`}`,
  () => {
    let first: AppServer;
    let second: AppServer;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const database = await createScratchDatabase();
      drop = database.drop;
      // Both start at once, as behind a load balancer: the migration runs once between them.
      // MEMORY_SCOPE=instance so a correction also applies to later translations (under the
      // default, document, it applies only in its own document, which is checked too).
      const env = { DATABASE_URL: database.url, MEMORY_SCOPE: "instance" };
      [first, second] = await Promise.all([startAppServer(env), startAppServer(env)]);
    });
    afterAll(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
      await drop?.();
    });

    it("a document saved through one instance opens through the other", async () => {
      const saved = await translateAndSave(first.url);
      expect(saved.status).toBe(201);
      const page = await fetch(`${second.url}${String(saved.body.url)}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(PARAGRAPHS[1]);
    });

    it("a correction made on one instance shows on the other's permalink page at the next request", async () => {
      const corrected = "The river has a new bridge.";
      const saved = await translateAndSave(first.url);
      const id = String(saved.body.id);
      // Three reads: rendered, kept, then answered from what the second instance kept.
      for (let index = 0; index < 3; index += 1) {
        const page = await fetch(`${second.url}/d/${id}`);
        expect(page.status).toBe(200);
        expect(await page.text()).not.toContain(corrected);
      }
      const edit = await postJson(
        `${first.url}/api/revisions`,
        { documentId: id, position: 0, sourceText: PARAGRAPHS[0], text: corrected, author: "Desk" },
        { "X-Edit-Key": String(saved.body.editKey) },
      );
      expect(edit.status).toBe(201);
      // The second instance never saw the write: the shared change counter tells it.
      const after = await fetch(`${second.url}/d/${id}`);
      expect(await after.text()).toContain(`>${corrected}</p>`);
    });

    it("a correction made on one instance is used by the other", async () => {
      const corrected = "A new bridge opened over the river.";
      const saved = await translateAndSave(first.url);
      expect(saved.status).toBe(201);
      const id = String(saved.body.id);
      const editKey = String(saved.body.editKey);

      // The edit key was issued by the first instance; the second checks it against the database.
      const edit = await postJson(
        `${second.url}/api/revisions`,
        { documentId: id, position: 0, sourceText: PARAGRAPHS[0], text: corrected, author: "Desk" },
        { "X-Edit-Key": editKey },
      );
      expect(edit.status).toBe(201);
      expect(edit.body.revision).toMatchObject({ kind: "correction", text: corrected });

      // The first instance reads the document back corrected, and lists the correction.
      const document = await getJson(`${first.url}/api/documents/${id}`);
      expect(document.status).toBe(200);
      expect(document.body.paragraphs).toEqual([
        expect.objectContaining({
          translation: corrected,
          revision: expect.objectContaining({ author: "Desk" }),
        }),
        expect.not.objectContaining({ translation: corrected }),
      ]);
      const history = await getJson(`${first.url}/api/documents/${id}/revisions?position=0`);
      expect(history.status).toBe(200);
      expect(history.body.revisions).toEqual([
        expect.objectContaining({ kind: "correction", text: corrected, author: "Desk" }),
      ]);

      // Under MEMORY_SCOPE=instance the first instance's later translations use it too.
      const again = await postJson(`${first.url}/api/translate`, {
        paragraphs: [PARAGRAPHS[0]],
        source: "hi",
        target: "en",
        engine: "gloss",
      });
      expect(again.body.paragraphs).toEqual([
        expect.objectContaining({
          translation: corrected,
          engine: "memory",
          revision: expect.objectContaining({ author: "Desk" }),
        }),
      ]);
    });
  },
);
