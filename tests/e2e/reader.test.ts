import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HINDI_SAMPLE, ENGLISH_SAMPLE } from "@/lib/samples/sample-articles";
import { toReadableRows } from "@/lib/text/readable-rows";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SAMPLE_PARAGRAPHS = HINDI_SAMPLE.text.split("\n").length;

describe.skipIf(!HAS_CHROMIUM)("reader in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
  });

  const translateSample = async () => {
    await page.getByRole("button", { name: "Try a sample article" }).click();
    // The sample loads on demand; translate only once it is in the box.
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    try {
      await page.getByText(`${SAMPLE_PARAGRAPHS} of ${SAMPLE_PARAGRAPHS} paragraphs`).waitFor();
    } catch (error) {
      await page.screenshot({ path: artifact("failure-translate-sample.png"), fullPage: true });
      throw error;
    }
  };
  const row = (index: number) => page.locator(`[data-paragraph-index="${index}"]`);

  it("shows one row per paragraph, each with a Hindi and an English side", async () => {
    await translateSample();
    expect(await page.locator("[data-paragraph-index]").count()).toBe(SAMPLE_PARAGRAPHS);
    for (let index = 0; index < SAMPLE_PARAGRAPHS; index += 1) {
      expect(await row(index).locator('[lang="hi"]').count()).toBeGreaterThan(0);
      expect(await row(index).locator('[lang="en"]').count()).toBeGreaterThan(0);
    }
    // Both sides of a row start at the same height.
    const [hindiBox, englishBox] = await Promise.all([
      row(2).locator('p[lang="hi"]').boundingBox(),
      row(2).locator('p[lang="en"]').boundingBox(),
    ]);
    expect(Math.abs((hindiBox?.y ?? 0) - (englishBox?.y ?? 1))).toBeLessThan(2);
    await page.screenshot({ path: artifact("reader-side-by-side.png") });
  });

  it("flips paragraph 3 to Hindi and back in translation-only mode without moving it", async () => {
    await translateSample();
    await page.getByRole("radio", { name: "Translation only" }).click();
    await page.screenshot({ path: artifact("reader-translation-only.png") });
    const target = row(3);
    await target.scrollIntoViewIfNeeded();
    // Both languages stay in the document (views are CSS); only one shows.
    expect(await target.locator('p[lang="hi"]').isVisible()).toBe(false);
    const englishText = await target.locator('p[lang="en"]').innerText();
    const topBefore = (await target.boundingBox())?.y ?? 0;

    await target.getByRole("button", { name: "Show in Hindi" }).click();
    const hindi = target.locator('p[lang="hi"]');
    expect(await hindi.innerText()).toBe(HINDI_SAMPLE.text.split("\n")[3]);
    expect(await target.locator('p[lang="en"]').isVisible()).toBe(false);
    expect(Math.abs(((await target.boundingBox())?.y ?? 0) - topBefore)).toBeLessThan(2);
    // The neighbours are untouched.
    expect(await row(2).locator('p[lang="hi"]').isVisible()).toBe(false);
    expect(await row(4).locator('p[lang="hi"]').isVisible()).toBe(false);

    await target.getByRole("button", { name: "Show in English" }).click();
    expect(await target.locator('p[lang="en"]').innerText()).toBe(englishText);

    await page.getByRole("button", { name: "Show all in Hindi" }).click();
    expect(await row(3).locator('p[lang="en"]').isVisible()).toBe(false);
    expect(await row(3).locator('p[lang="hi"]').isVisible()).toBe(true);
    await page.screenshot({ path: artifact("reader-original-only.png") });
  });

  it("keeps focus in the paragraph t flips, so j goes on to the next one", async () => {
    await translateSample();
    await page.getByRole("radio", { name: "Original only" }).click();
    const fifth = page.getByRole("group", { name: "Paragraph 5", exact: true });
    const sentence = fifth.getByText(HINDI_SAMPLE.text.split("\n")[4]!.split("।")[0]!);
    await sentence.focus();
    await page.keyboard.press("t");
    await fifth.locator('p[lang="en"]').waitFor({ state: "visible" });
    const focused = () =>
      page.evaluate(() => ({
        row: document.activeElement?.closest("[data-paragraph-index]")?.getAttribute("aria-label"),
        visible: document.activeElement?.checkVisibility() ?? false,
      }));
    expect(await focused()).toEqual({ row: "Paragraph 5", visible: true });
    await page.keyboard.press("j");
    expect((await focused()).row).toBe("Paragraph 6");
  });

  it("highlights the counterpart sentence on hover and on focus", async () => {
    await translateSample();
    const hindiSentence = row(1).locator('p[lang="hi"] [data-sentence="1"]');
    const englishSentence = row(1).locator('p[lang="en"] [data-sentence="1"]');
    await hindiSentence.hover();
    expect(await englishSentence.getAttribute("data-active")).toBe("true");
    expect(
      await row(1).locator('p[lang="en"] [data-sentence="0"]').getAttribute("data-active"),
    ).toBeNull();
    await page.mouse.move(0, 0);
    await englishSentence.focus();
    expect(await hindiSentence.getAttribute("data-active")).toBe("true");
    await page.screenshot({ path: artifact("reader-sentence-highlight.png") });
  });

  it("links summary bullets to their rows and copies the summary", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await translateSample();
    const summary = page
      .getByRole("region", { name: "Summary" })
      .or(page.locator("section[aria-labelledby=summary-heading]"));
    const links = summary.getByRole("link");
    await links.first().waitFor();
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(3);

    const last = links.nth(count - 1);
    const href = (await last.getAttribute("href")) ?? "";
    const index = Number(href.replace("#p-", ""));
    await last.click();
    await page.waitForFunction(
      (target) => document.activeElement?.getAttribute("data-paragraph-index") === String(target),
      index,
    );
    expect(await row(index).getAttribute("class")).toContain("ring-sky-500");

    const bulletTexts = await summary.locator("li [lang]").allInnerTexts();
    await summary.getByRole("button", { name: "Copy summary" }).click();
    await summary.getByText("Copied").waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    // The title, the bullets, then the permanent link (once saved) and how it was translated.
    const blocks = clipboard.split("\n\n");
    // The title is the first row's translation; a bullet that is that same sentence is not
    // repeated under it.
    const listed = bulletTexts.filter((text) => text !== blocks[0]);
    expect(blocks[1]).toBe(listed.map((text) => `• ${text}`).join("\n"));
    expect(blocks.at(-1)).toMatch(
      /Rough offline draft \(word by word\), not a full translation\.$/,
    );
    expect(clipboard).not.toMatch(/[\u0900-\u097F]/); // the reading language is English

    await page.getByRole("button", { name: "More copy options" }).click();
    await page.getByRole("menuitem", { name: "Copy in both languages" }).click();
    const both = await page.evaluate(() => navigator.clipboard.readText());
    expect(both).toMatch(/[\u0900-\u097F]/);
    expect(both.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(listed.length);
  });

  it("switches the interface to Hindi and remembers it", async () => {
    await page.getByRole("button", { name: "हिंदी" }).click();
    await page.getByRole("button", { name: "अनुवाद करें" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("hi");
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole("button", { name: "अनुवाद करें" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("hi");
    await page.screenshot({ path: artifact("reader-ui-hindi.png") });
  });

  it("shows a failed paragraph's error with Retry, and keeps what arrived when the stream breaks", async () => {
    let calls = 0;
    await page.route("**/api/translate", async (route) => {
      calls += 1;
      if (calls > 1) return route.continue();
      const response = await route.fetch();
      const lines = (await response.text()).split("\n").filter(Boolean);
      // Paragraph 2 arrives as failed; the stream is cut after six paragraphs with no done line.
      const kept = lines.slice(0, 6).map((line) => {
        const paragraph = JSON.parse(line) as { index: number };
        return paragraph.index === 2
          ? JSON.stringify({
              ...paragraph,
              translation: null,
              sentences: [],
              error: { code: "engine_failure", message: "The engine failed." },
            })
          : line;
      });
      await route.fulfill({
        status: 200,
        headers: { "content-type": "application/x-ndjson" },
        body: `${kept.join("\n")}\n`,
      });
    });
    await page.getByRole("button", { name: "Try a sample article" }).click();
    // The sample loads on demand; translate only once it is in the box.
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText(`5 of ${SAMPLE_PARAGRAPHS} paragraphs`).waitFor();

    const failed = page.locator('[data-paragraph-index="2"]');
    await failed.getByText("The engine failed.").waitFor();
    expect(await page.getByRole("button", { name: "Retry" }).count()).toBe(
      SAMPLE_PARAGRAPHS - 6 + 1,
    );
    expect(await page.locator('[data-paragraph-index="0"] p[lang="en"]').count()).toBe(1);
    await page.screenshot({ path: artifact("reader-failed-paragraph.png") });

    await failed.getByRole("button", { name: "Retry" }).click();
    await failed.locator('p[lang="en"]').waitFor();
    await page.getByText(`6 of ${SAMPLE_PARAGRAPHS} paragraphs`).waitFor();
    expect(calls).toBe(2);
  });

  it("refuses empty input with a message and sends nothing", async () => {
    let requests = 0;
    page.on("request", (request) => {
      if (request.url().includes("/api/translate")) requests += 1;
    });
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByRole("alert").getByText("Paste an article first").waitFor();
    await page.getByLabel("Article text").fill("     \n   ");
    await page.getByLabel("Article text").press("Control+Enter");
    await page.getByRole("alert").getByText("Paste an article first").waitFor();
    expect(requests).toBe(0);
  });

  it("renders HTML in an article as text, never as markup", async () => {
    await page.evaluate(() => ((window as unknown as { __xss: number }).__xss = 0));
    const hostile =
      '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> बारिश हुई।';
    await page.getByLabel("Article text").fill(hostile);
    await page.getByLabel("Direction").selectOption("hi-en");
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText("1 of 1 paragraph").waitFor();
    expect(await row(0).locator('p[lang="hi"]').innerText()).toBe(hostile);
    expect(await row(0).locator("img, script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  });

  it("translates an English article into Hindi, also when Translate is pressed before the sample has loaded", async () => {
    // Scripts asked for from now on (the sample's module among them) arrive a second late, so
    // Translate is pressed while the sample is still loading; it must send the sample.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.getByRole("button", { name: "Try an English sample" }).click();
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    const total = ENGLISH_SAMPLE.text.split("\n").length;
    await page.getByText(`${total} of ${total} paragraphs`).waitFor();
    const translated = await row(1).locator('p[lang="hi"]').innerText();
    expect(translated).toMatch(/[\u0900-\u097F]/);
    expect(await row(1).locator('p[lang="en"]').innerText()).toBe(
      ENGLISH_SAMPLE.text.split("\n")[1],
    );
  });

  // A loaded machine can take long over 141 paragraphs; the test checks completeness, not speed.
  it(
    "reads a 100,000-character article with one enormous paragraph, split into readable rows",
    { timeout: 120_000 },
    async () => {
      const sentence = "सरकार ने शहर में नई बसें चलाने की योजना बनाई। ";
      const huge = sentence.repeat(Math.floor(30_000 / sentence.length));
      const rest = Array.from(
        { length: 140 },
        (_, index) => `अनुच्छेद ${index + 1}: ${sentence.repeat(10)}`,
      ).join("\n");
      const text = `${huge}\n${rest}`.slice(0, 99_000);
      await page.getByLabel("Article text").fill(text);
      await page.getByRole("button", { name: "Translate", exact: true }).click();
      // The enormous paragraph becomes rows of a few sentences each; every other line is a row.
      const { rows } = toReadableRows(text.split("\n"));
      const total = rows.length;
      expect(total).toBeGreaterThan(text.split("\n").length);
      await page.getByText(`${total} of ${total} paragraphs`).waitFor({ timeout: 90_000 });
      expect(await page.locator("[data-paragraph-index]").count()).toBe(total);
      // No sentence is lost: the first row's translation holds every sentence of its source.
      const firstSource = rows[0] ?? "";
      const sentences = firstSource.split("।").filter((part) => part.trim() !== "").length;
      // textContent: what the row holds, whatever the layout (innerText reads layout).
      const firstTranslation = (await row(0).locator('p[lang="en"]').textContent()) ?? "";
      expect(firstTranslation.split(".").filter((part) => part.trim() !== "").length).toBe(
        sentences,
      );
    },
  );

  it("offers keyboard shortcuts: j/k move between paragraphs, t toggles, ? lists them", async () => {
    await translateSample();
    await page.getByRole("radio", { name: "Translation only" }).click();
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-paragraph-index")),
    ).toBe("1");
    await page.keyboard.press("t");
    expect(await row(1).locator('p[lang="hi"]').count()).toBe(1);
    await page.keyboard.press("k");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-paragraph-index")),
    ).toBe("0");
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
  });

  it("captures every view mode, and side by side becomes interleaved on a phone", async () => {
    await translateSample();
    await page.getByRole("radio", { name: "Interleaved" }).click();
    await page.screenshot({ path: artifact("reader-interleaved.png") });
    await page.getByRole("radio", { name: "Side by side" }).click();
    await page.getByRole("button", { name: "Swap columns" }).click();
    const [hindi, english] = await Promise.all([
      row(1).locator('p[lang="hi"]').boundingBox(),
      row(1).locator('p[lang="en"]').boundingBox(),
    ]);
    expect((english?.x ?? 0) < (hindi?.x ?? 0)).toBe(true);
    await page.screenshot({ path: artifact("reader-swapped.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    // A phone has no room for two columns: the row reads interleaved, one language under the
    // other, and side by side is not offered.
    await page.getByRole("radio", { name: "Side by side" }).waitFor({ state: "detached" });
    const [narrowHindi, narrowEnglish] = await Promise.all([
      row(1).locator('p[lang="hi"]').boundingBox(),
      row(1).locator('p[lang="en"]').boundingBox(),
    ]);
    expect((narrowEnglish?.y ?? 0) + (narrowEnglish?.height ?? 0)).toBeLessThanOrEqual(
      (narrowHindi?.y ?? 0) + 1,
    );
    await page.screenshot({ path: artifact("reader-phone.png") });
  });
});
