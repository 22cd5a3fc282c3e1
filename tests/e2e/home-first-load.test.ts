import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, afterEach, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

/**
 * The home page ships a small form island; the reader's code (with i18next and TanStack Query)
 * loads after it. These tests hold that code back, use the form meanwhile, then let it arrive.
 */
describe.skipIf(!HAS_CHROMIUM)("home page before the reader's code arrives", () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** Opens the home page with every script it did not name in its HTML held until `release`. */
  async function openHeld(): Promise<{ page: Page; release: () => void; held: string[] }> {
    const html = await (await fetch(server.url)).text();
    const initial = new Set([...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]));
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const file = new URL(route.request().url()).pathname;
      if (!initial.has(file)) {
        held.push(file);
        await released;
      }
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: "domcontentloaded" });
    // The form's island has hydrated once React owns the text box.
    await page.waitForFunction(() => {
      const box = document.querySelector("textarea");
      return box !== null && Object.keys(box).some((key) => key.startsWith("__react"));
    });
    return { page, release, held };
  }

  const readerLoaded = (page: Page) => page.locator('[data-ready="true"]').count();

  it("translates the text typed and the direction chosen before the reader arrived", async () => {
    const { page, release, held } = await openHeld();
    const box = page.getByLabel("Article text");
    await box.fill("The rain came early this year.\nThe farmers are happy.");
    await page.getByText("52 of 10,00,000 characters · 2 paragraphs").waitFor();
    await page.getByLabel("Direction").selectOption("en-hi");
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    // Held: the reader's code has been asked for and has not arrived.
    await page.getByRole("button", { name: "Translating…" }).waitFor();
    expect(held.length).toBeGreaterThan(0);
    expect(await readerLoaded(page)).toBe(0);

    release();
    await page.getByText("2 of 2 paragraphs").waitFor();
    const first = page.locator('[data-paragraph-index="0"]');
    expect(await first.locator('[lang="en"]').first().innerText()).toBe(
      "The rain came early this year.",
    );
    expect(await first.locator('[lang="hi"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-paragraph-index="1"] [lang="en"]').first().innerText()).toBe(
      "The farmers are happy.",
    );
  });

  it("keeps the text, the focus and the caret when the reader takes the form over", async () => {
    const { page, release } = await openHeld();
    const box = page.getByLabel("Article text");
    await box.click();
    await page.keyboard.type("पहला वाक्य। दूसरा वाक्य।");
    await box.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(5, 5));
    expect(await readerLoaded(page)).toBe(0);

    release();
    await page.locator('[data-ready="true"]').waitFor();
    // The reader's text box holds the text, has the focus, and types at the same place.
    await page.keyboard.type("X");
    expect(await page.getByLabel("Article text").inputValue()).toBe("पहला Xवाक्य। दूसरा वाक्य।");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  });

  it("renders the form with its labels and engines without JavaScript", async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel("Article text").waitFor();
    expect(await page.getByRole("button", { name: "Translate", exact: true }).count()).toBe(1);
    expect(await page.getByLabel("Direction").locator("option").count()).toBe(3);
    expect(
      await page.getByLabel("Engine").locator("option", { hasText: "Automatic" }).count(),
    ).toBe(1);
    expect(await page.getByRole("heading", { name: "Recent" }).count()).toBe(1);
  });
});
