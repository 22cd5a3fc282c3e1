import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScratchDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
} from "../support/databases";
import { startAppServer, type AppServer } from "./support/app-server";

const PARAGRAPHS = ["नदी पर नया पुल खुला।", "लोगों ने खुशी जताई।"];

async function postJson(url: string, body: unknown) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
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
      [first, second] = await Promise.all([
        startAppServer({ DATABASE_URL: database.url }),
        startAppServer({ DATABASE_URL: database.url }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
      await drop?.();
    });

    it("a document saved through one instance opens through the other", async () => {
      const translated = await postJson(`${first.url}/api/translate`, {
        paragraphs: PARAGRAPHS,
        source: "hi",
        target: "en",
        engine: "gloss",
      });
      const saved = await postJson(`${first.url}/api/documents`, {
        source: "hi",
        target: "en",
        engine: "gloss",
        paragraphs: translated.body.paragraphs,
      });
      expect(saved.status).toBe(201);
      const page = await fetch(`${second.url}${String(saved.body.url)}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(PARAGRAPHS[1]);
    });

    it("a correction made on one instance is used by the other", async () => {
      const edit = await postJson(`${first.url}/api/revisions`, {
        source: "hi",
        target: "en",
        sourceText: PARAGRAPHS[0],
        text: "A new bridge opened over the river.",
        author: "Desk",
      });
      expect(edit.status).toBe(201);
      const again = await postJson(`${second.url}/api/translate`, {
        paragraphs: [PARAGRAPHS[0]],
        source: "hi",
        target: "en",
        engine: "gloss",
      });
      expect(again.body.paragraphs).toEqual([
        expect.objectContaining({
          translation: "A new bridge opened over the river.",
          engine: "memory",
          revision: expect.objectContaining({ author: "Desk" }),
        }),
      ]);
    });
  },
);
