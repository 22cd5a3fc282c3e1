import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";
import {
  installTranslatorDouble,
  type TranslatorDoubleConfig,
  type TranslatorDoubleLog,
} from "./support/translator-double";
import { glossOf } from "./support/gloss-draft";

const ARTICLE = ["बारिश हुई।", "लोग खुश हैं।", "बच्चे स्कूल गए।"];
const chromeText = (text: string) => `[hi→en] ${text}`;

/**
 * Chrome's Translator API in the reader, through a double of its documented shape injected into
 * real Chromium. The app server has no translation engine configured, so `auto` would gloss.
 */
describe.skipIf(!HAS_CHROMIUM)("the browser's translator in the reader", () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  let draft: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
    draft = await glossOf(server.url, ARTICLE[0]!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** A fresh page with the double installed; records every request to the app's API. */
  async function open(config: TranslatorDoubleConfig, options: { fakeClock?: boolean } = {}) {
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    // A page clock the test moves on by hand: it runs as usual until fast-forwarded.
    if (options.fakeClock) await context.clock.install();
    await context.addInitScript(installTranslatorDouble, config);
    const page = await context.newPage();
    const api: { method: string; path: string; body: string }[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/api/"))
        api.push({ method: request.method(), path: url.pathname, body: request.postData() ?? "" });
    });
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    // The browser engines are looked up after hydration; Chrome's shows in the picker then.
    if (Object.values(config.states).some((state) => state !== "unavailable"))
      await page
        .getByLabel("Engine")
        .locator("option", { hasText: "Chrome on-device" })
        .waitFor({ state: "attached" });
    return { page, api };
  }

  const translate = async (page: Page, paragraphs = ARTICLE) => {
    await page.getByLabel("Article text").fill(paragraphs.join("\n"));
    await page.getByRole("button", { name: "Translate", exact: true }).click();
  };
  const row = (page: Page, index: number) => page.locator(`[data-paragraph-index="${index}"]`);
  const rendering = (page: Page, index: number) =>
    row(page, index).locator('p[lang="en"]').innerText();
  const doubleLog = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { __translatorDouble: { log: TranslatorDoubleLog } })
          .__translatorDouble.log,
    );
  const download = (page: Page, step: "finish" | number) =>
    page.evaluate((value) => {
      const handle = (
        window as unknown as {
          __translatorDouble: {
            download?: { progress: (loaded: number) => void; finish: () => void };
          };
        }
      ).__translatorDouble.download;
      if (!handle) throw new Error("No download is waiting.");
      if (value === "finish") handle.finish();
      else handle.progress(value);
    }, step);

  it("available: auto translates every row on the device and names the engine", async () => {
    const { page, api } = await open({ states: { "hi-en": "available", "en-hi": "available" } });
    await translate(page);
    await page.getByText("3 of 3 paragraphs").waitFor();
    for (const [index, text] of ARTICLE.entries())
      expect(await rendering(page, index)).toBe(chromeText(text));
    await page.getByText("Engine: Automatic → Chrome on-device").waitFor();
    // The document names the engine once, above the rows; every row was made by it, so no row
    // repeats it (a row made by another engine would name that one).
    expect(
      await page.getByText("Translated by Chrome built-in translator (on this device)").count(),
    ).toBe(1);
    expect(
      await page
        .getByTestId("reader-rows")
        .getByText(/^Translated by /)
        .count(),
    ).toBe(0);
    // No download, so no progress bar; no draft notice.
    expect(await page.getByRole("progressbar", { name: "Translator download" }).count()).toBe(0);
    expect(
      await page.getByRole("complementary", { name: "This is a word-by-word draft" }).count(),
    ).toBe(0);
    // The article's text never went to /api/translate.
    expect(api.filter((request) => request.path === "/api/translate")).toEqual([]);
    const log = await doubleLog(page);
    expect(log.created).toEqual([{ direction: "hi-en", userActivation: true }]);
    expect(log.translated).toEqual(ARTICLE);
  });

  it("downloadable: create() runs in the click, the download shows as a real progress bar, then rows stream in", async () => {
    const { page, api } = await open({
      states: { "hi-en": "downloadable", "en-hi": "downloadable" },
    });
    await translate(page);
    const bar = page.getByRole("progressbar", { name: "Translator download" });
    await bar.waitFor();
    await page.getByText("0% downloaded").waitFor();
    await download(page, 0.42);
    await page.getByText("42% downloaded").waitFor();
    expect(await bar.getAttribute("aria-valuenow")).toBe("42");
    await page.screenshot({ path: artifact("browser-engine-download.png") });
    // Nothing is translated while the model downloads.
    expect((await doubleLog(page)).translated).toEqual([]);
    await download(page, "finish");
    await page.getByText("3 of 3 paragraphs").waitFor();
    await bar.waitFor({ state: "detached" });
    expect(await rendering(page, 2)).toBe(chromeText(ARTICLE[2] ?? ""));
    await page.getByText("Engine: Automatic → Chrome on-device").waitFor();
    expect((await doubleLog(page)).created).toEqual([{ direction: "hi-en", userActivation: true }]);
    expect(api.filter((request) => request.path === "/api/translate")).toEqual([]);
  });

  it("downloading: a download already under way is joined and shown the same way", async () => {
    const { page } = await open({ states: { "hi-en": "downloading" } });
    await translate(page);
    await page.getByRole("progressbar", { name: "Translator download" }).waitFor();
    await download(page, 0.9);
    await page.getByText("90% downloaded").waitFor();
    await download(page, "finish");
    await page.getByText("3 of 3 paragraphs").waitFor();
    expect(await rendering(page, 0)).toBe(chromeText(ARTICLE[0] ?? ""));
  });

  it("unavailable: auto glosses, says so once, and offers the on-device download — never an admin instruction", async () => {
    const { page } = await open({ states: {} });
    await translate(page);
    await page.getByText("3 of 3 paragraphs").waitFor();
    expect(await rendering(page, 0)).toBe(draft);
    await page.getByText("Engine: Automatic → offline draft").waitFor();
    const notice = page.getByRole("complementary", { name: "This is a word-by-word draft" });
    await notice.waitFor();
    expect(
      await page.getByRole("complementary", { name: "This is a word-by-word draft" }).count(),
    ).toBe(1);
    // Compact above the reader: the download unfolds in the notice when asked for, and no
    // separate on-device panel stands between the notice and the rows.
    expect(await page.getByRole("region", { name: "On-device translator" }).count()).toBe(0);
    const download = notice.getByRole("button", {
      name: /^Download the on-device translator \(\d+ MB\)$/,
    });
    expect(await download.isVisible()).toBe(false);
    await notice.getByRole("button", { name: "Get a better translation" }).click();
    await download.waitFor();
    expect(
      await notice
        .getByRole("button", { name: "Get a better translation" })
        .getAttribute("aria-expanded"),
    ).toBe("true");
    expect(
      await notice.getByRole("button", { name: "Use this browser's translator" }).count(),
    ).toBe(0);
    expect(
      await notice
        .getByRole("link", { name: /See which engines you can set up/ })
        .getAttribute("href"),
    ).toBe("/api/engines/guide");
    expect(await page.locator("body").innerText()).not.toMatch(/Set [A-Z_]+_KEY|DEEPL_API_KEY/);
    // The picker explains unavailable engines in a reader's words, grouped by where they run.
    const picker = page.getByLabel("Engine");
    expect(
      await picker
        .locator("optgroup")
        .evaluateAll((groups) => groups.map((group) => group.getAttribute("label"))),
    ).toEqual([
      "On this device (the text stays in your browser)",
      "On this website's server",
      "Online services (the text is sent to them)",
    ]);
    expect(await picker.locator("option", { hasText: "DeepL" }).innerText()).toBe(
      "DeepL — not set up on this site",
    );
    expect((await doubleLog(page)).created).toEqual([]);
    await page.screenshot({ path: artifact("browser-engine-draft-notice.png"), fullPage: true });

    // The operator's guide is the README's engine table.
    const guide = await (await fetch(`${server.url}/api/engines/guide`)).text();
    expect(guide).toMatch(/^## Engines/);
    expect(guide).toContain("| `libretranslate` |");
  });

  it("a refused download: every row gets the offline draft marked as a fallback, and the notice says why", async () => {
    const { page } = await open({ states: { "hi-en": "downloadable" }, refuseDownload: true });
    await translate(page);
    await page.getByText("3 of 3 paragraphs").waitFor();
    expect(await rendering(page, 0)).toBe(draft);
    for (let index = 0; index < ARTICLE.length; index += 1)
      await row(page, index).getByText("fallback: the chosen engine failed").waitFor();
    await page.getByText("Engine: Automatic → offline draft").waitFor();
    const notice = page.getByRole("complementary", { name: "This is a word-by-word draft" });
    await notice
      .getByText(
        /The browser's translator could not be used \(.*did not allow its translator to download/,
      )
      .waitFor();
    expect(await page.getByText("Requires a user gesture").count()).toBe(0);
    expect((await doubleLog(page)).created).toEqual([{ direction: "hi-en", userActivation: true }]);
  });

  it("a failure mid-article: that paragraph is glossed and marked, the others stay Chrome's", async () => {
    const { page, api } = await open({ states: { "hi-en": "available" }, failOn: "लोग" });
    await translate(page);
    await page.getByText("3 of 3 paragraphs").waitFor();
    expect(await rendering(page, 0)).toBe(chromeText(ARTICLE[0] ?? ""));
    expect(await rendering(page, 2)).toBe(chromeText(ARTICLE[2] ?? ""));
    await row(page, 1).getByText("fallback: the chosen engine failed").waitFor();
    expect(await row(page, 1).getByText("Translated by Chrome").count()).toBe(0);
    expect(await row(page, 0).getByText("fallback").count()).toBe(0);
    // Only the failed paragraph went to the server, for the draft.
    const translateCalls = api.filter((request) => request.path === "/api/translate");
    expect(translateCalls.length).toBeGreaterThan(0);
    for (const call of translateCalls) {
      expect(call.body).toContain("लोग खुश हैं।");
      expect(call.body).not.toContain("बारिश");
    }
  });

  it("Cancel stops the download and the rows get the offline draft", async () => {
    const { page } = await open({ states: { "hi-en": "downloadable" } });
    await translate(page);
    await download(page, 0.1);
    await page.getByText("10% downloaded").waitFor();
    await page.getByRole("button", { name: "Cancel download" }).click();
    await page
      .getByRole("progressbar", { name: "Translator download" })
      .waitFor({ state: "detached" });
    await page.getByText("3 of 3 paragraphs").waitFor();
    expect(await rendering(page, 0)).toBe(draft);
    await row(page, 0).getByText("fallback: the chosen engine failed").waitFor();
    await page.getByText("Engine: Automatic → offline draft").waitFor();
    expect((await doubleLog(page)).translated).toEqual([]);
  });

  it("a download that never starts is given up on after 30 s without progress: every row gets the draft, and Chrome is never named as the translator", async () => {
    const { page } = await open(
      { states: { "hi-en": "downloadable" }, stallDownload: true },
      { fakeClock: true },
    );
    // Every text the document's engine note ever shows, recorded as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __engineNotes: string[] }).__engineNotes = seen;
      const record = () => {
        const note = document.querySelector('[data-testid="document-notes"]')?.textContent;
        if (note && seen.at(-1) !== note) seen.push(note);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await translate(page);
    const bar = page.getByRole("progressbar", { name: "Translator download" });
    await bar.waitFor();
    await page.getByText("Starting the download…").waitFor();
    await page
      .getByText("Downloading Chrome built-in translator (on this device) before translating…")
      .waitFor();
    await page.getByText("0 of 3 paragraphs").waitFor();
    // Short of the limit, the reader still waits for the download.
    await page.clock.fastForward(29_000);
    await page.getByText("Starting the download…").waitFor();
    expect(await page.getByText("0 of 3 paragraphs").count()).toBe(1);
    await page.clock.fastForward(2_000);
    await bar.waitFor({ state: "detached" });
    await page.getByText("3 of 3 paragraphs").waitFor();
    for (let index = 0; index < ARTICLE.length; index += 1)
      await row(page, index).getByText("fallback: the chosen engine failed").waitFor();
    expect(await rendering(page, 0)).toBe(draft);
    await page.getByText("Engine: Automatic → offline draft").waitFor();
    await page
      .getByRole("complementary", { name: "This is a word-by-word draft" })
      .getByText(/could not be used \(the download made no progress for 30 seconds\)/)
      .waitFor();
    const notes = await page.evaluate(
      () => (window as unknown as { __engineNotes: string[] }).__engineNotes,
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((note) => note.includes("Translated by Chrome"))).toEqual([]);
    // The browser's own download was stopped through create()'s signal.
    expect((await doubleLog(page)).translated).toEqual([]);
  });

  it("Don't save this article: no permalink, the summary is made in the browser, nothing goes to the server", async () => {
    const { page, api } = await open({ states: { "hi-en": "available" } });
    await page.getByRole("switch", { name: "Don't save this article" }).check();
    await page
      .getByText(
        "Chrome on-device translates in your browser: the article's text is not sent to this site for translation. No copy is saved for a permanent link. The summary is made in your browser.",
      )
      .waitFor();
    await translate(page);
    await page.getByText("3 of 3 paragraphs").waitFor();
    const summary = page.getByRole("complementary").filter({ hasText: "Summary" });
    await summary
      .getByText(chromeText(ARTICLE[0] ?? "").slice(0, 12), { exact: false })
      .first()
      .waitFor();
    expect(page.url()).toBe(`${server.url}/`);
    expect(api.filter((request) => request.method === "POST" || request.method === "PUT")).toEqual(
      [],
    );
  });
});
