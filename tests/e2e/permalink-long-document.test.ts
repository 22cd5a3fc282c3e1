import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

// The API's default MAX_ARTICLE_PARAGRAPHS: the longest document anyone may save, with no key.
const MOST_PARAGRAPHS = 50_000;
// Requests for the same permalink at once: what took the production server's 256 MB heap down.
const AT_ONCE = 4;

interface Saved {
  id: string;
}

async function saveDocument(server: AppServer, paragraphs: number): Promise<Saved> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      source: "hi",
      target: "en",
      engine: "gloss",
      paragraphs: Array.from({ length: paragraphs }, (_, index) => ({
        source: `पैरा ${index}`,
        translation: `para ${index}`,
        engine: "gloss",
      })),
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Saved;
}

/**
 * A permalink whose document is as long as the API allows: its page must neither take the
 * server down nor drop a paragraph without saying so. The server renders a bounded number of
 * rows (static-rows-html.ts); the reader, which fetches the whole document from the API, shows
 * the rest.
 */
describe("a permalink to a document at the API's limits", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Requests the permalink AT_ONCE times at once; every answer must be a page or a typed 503. */
  async function requestAtOnce(id: string): Promise<string[]> {
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, () => fetch(`${server.url}/d/${id}`)),
    );
    const pages: string[] = [];
    for (const response of responses) {
      if (response.status === 503) {
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
        await response.body?.cancel();
        continue;
      }
      expect(response.status).toBe(200);
      pages.push(await response.text());
    }
    expect(pages.length).toBeGreaterThan(0);
    return pages;
  }

  it(`serves ${AT_ONCE} requests at once and stays up, and no paragraph goes unmentioned`, async () => {
    const saved = await saveDocument(server, MOST_PARAGRAPHS);

    for (const html of await requestAtOnce(saved.id)) {
      expect(html).toContain('id="p-0"');
      // The page is small enough for the response cache to keep (it keeps at most 2 MB).
      expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
      // The rows it does not render are named, with the whole document one link away.
      const rendered = (html.match(/ id="p-\d+"/g) ?? []).length;
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(MOST_PARAGRAPHS);
      expect(html).toContain(`id="p-${rendered - 1}"`);
      expect(html).toContain(`Paragraphs ${rendered + 1}–${MOST_PARAGRAPHS} appear`);
      expect(html).toContain(`href="/api/documents/${saved.id}/export?format=html"`);
    }

    // What the reader fetches for the rest: every paragraph, the last included.
    const api = await fetch(`${server.url}/api/documents/${saved.id}`);
    expect(api.status).toBe(200);
    const document = (await api.json()) as { paragraphs: { source: string }[] };
    expect(document.paragraphs).toHaveLength(MOST_PARAGRAPHS);
    expect(document.paragraphs.at(-1)?.source).toBe(`पैरा ${MOST_PARAGRAPHS - 1}`);

    // Again, with the document fetched whole and the first pages kept by the caches.
    await requestAtOnce(saved.id);

    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(server.output()).not.toContain("heap out of memory");
  });
});

describe.skipIf(!HAS_CHROMIUM)(
  "a permalink longer than its server-rendered rows, in Chromium",
  () => {
    let server: AppServer;
    let browser: Browser;
    beforeAll(async () => {
      [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("shows every paragraph once the reader loads, and #p-N lands on a row it brought", async () => {
      // More rows than the server renders (STATIC_ROWS_LIMIT, 500), so the last ones come only
      // with the reader.
      const paragraphs = 600;
      const saved = await saveDocument(server, paragraphs);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const last = paragraphs - 1;
      await page.goto(`${server.url}/d/${saved.id}#p-${last}`);
      await page.locator('[data-ready="true"]').waitFor();
      await page.getByText(`${paragraphs} of ${paragraphs} paragraphs`).waitFor();
      const row = page.getByRole("group", { name: `Paragraph ${paragraphs}`, exact: true });
      await row.getByText(`para ${last}`, { exact: true }).waitFor();
      // The link lands its row at the top of the screen.
      await page.waitForFunction(() => window.scrollY > 0);
      await expect
        .poll(async () => (await row.boundingBox())?.y ?? -1, { timeout: 10_000 })
        .toBeLessThan(200);
      expect((await row.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(await page.locator("[data-paragraph-index]").count()).toBe(paragraphs);
      await context.close();
    });
  },
);
