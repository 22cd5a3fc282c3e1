import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
} from "@/tests/support/fixture-server";
import { libreTranslateFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

/*
 * A remote engine that answers slowly and two requests at a time, as hosted APIs do: the reader
 * sends one translation request from the click, and shows each engine request's paragraphs as
 * soon as that request answers, in their own rows, while later requests are still out.
 */

// 18 paragraphs of about 800 characters: six fit LibreTranslate's 5,000 a request, so three
// requests, of which two go out at once. Each test has its own, so the server's cache is cold.
const article = (tag: string) =>
  Array.from(
    { length: 18 },
    (_, index) => `${"बारिश हुई और लोग खुश हैं। ".repeat(30)}(${tag} ${index + 1})`,
  );

const translationRequests = (fixture: FixtureServer) =>
  fixture.requests.filter((request) => request.url === "/translate");

describe.skipIf(!HAS_CHROMIUM)("a slow remote engine in the reader", () => {
  let libre: FixtureServer;
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    libre = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }), {
      latencyMs: 400,
      maxConcurrent: 2,
    });
    [server, browser] = await Promise.all([
      startAppServer({ LIBRETRANSLATE_URL: libre.url, LIBRETRANSLATE_API_KEY: TEST_KEY }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await libre?.close();
  });

  async function openReader(paragraphs: string[]): Promise<string[]> {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Only the translation reaches the server: nothing is saved or summarised.
    for (const path of ["**/api/documents", "**/api/summarize"])
      await page.route(path, (route) =>
        route.fulfill({ status: 503, contentType: "application/json", body: "{}" }),
      );
    const bodies: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/translate")) bodies.push(request.postData() ?? "");
    });
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const picker = page.getByLabel("Engine");
    await picker.locator("option", { hasText: "LibreTranslate" }).waitFor({ state: "attached" });
    await picker.selectOption("libretranslate:default");
    await page.getByLabel("Article text").fill(paragraphs.join("\n"));
    await page.getByLabel("Direction").selectOption("hi-en");
    return bodies;
  }

  const rowText = (index: number) =>
    page.locator(`[data-paragraph-index="${index}"] p[lang="en"]`).textContent();

  it("sends one translation request from the click and fills every row in its place", async () => {
    const paragraphs = article("one");
    const bodies = await openReader(paragraphs);
    const before = translationRequests(libre).length;
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText("18 of 18 paragraphs").waitFor();

    for (const [index, paragraph] of paragraphs.entries())
      expect(await rowText(index)).toBe(fakeTranslate(paragraph, "en"));
    // The reader's query took over the stream the click started rather than sending another.
    expect(bodies).toHaveLength(1);
    const sent = translationRequests(libre).slice(before);
    expect(sent.map((request) => (request.body as { q: string[] }).q.length)).toEqual([6, 6, 6]);
    expect(sent.every((request) => request.status === 200)).toBe(true);
    expect(libre.maxInFlight()).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("shows the paragraphs of the requests that answered while a later one is still out", async () => {
    const paragraphs = article("two");
    const bodies = await openReader(paragraphs);
    const before = translationRequests(libre).length;
    // The first two requests answer (after 400 ms each); the third, sent when one of them has
    // answered, never does. (The engine's availability was probed when the page loaded.)
    libre.queue.push({ kind: "ok" }, { kind: "ok" }, { kind: "hang" });
    await page.getByRole("button", { name: "Translate", exact: true }).click();

    await page.getByText("12 of 18 paragraphs").waitFor();
    for (let index = 0; index < 12; index += 1)
      expect(await rowText(index)).toBe(fakeTranslate(paragraphs[index] ?? "", "en"));
    const third = translationRequests(libre)[before + 2];
    expect(third?.answeredAt).toBeUndefined();
    expect((third?.body as { q: string[] } | undefined)?.q).toEqual(paragraphs.slice(12));
    // The rows of the request still out wait in their places.
    expect(await page.locator('[data-paragraph-index="12"] [aria-busy="true"]').count()).toBe(1);
    expect(await page.locator('[data-paragraph-index="12"] p[lang="en"]').count()).toBe(0);
    expect(bodies).toHaveLength(1);
    await page.close();
  });
});
