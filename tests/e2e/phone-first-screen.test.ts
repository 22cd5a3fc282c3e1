import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { axeViolations } from "./support/axe";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SAMPLE_PARAGRAPHS = HINDI_SAMPLE.text.split("\n").length;
const SCREENSHOTS = path.resolve(import.meta.dirname, "../../docs/screenshots");
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** What the test clicks and reads, in each interface language. */
const NAMES = {
  en: {
    trySample: "Try a sample article",
    translate: "Translate",
    total: (count: number) => `${count} of ${count} paragraphs`,
    fold: "Reading aids and sharing",
    aids: "Reading aids",
    romanized: "Romanised line",
    copyLink: "Copy link",
  },
  hi: {
    trySample: "नमूना लेख आज़माएं",
    translate: "अनुवाद करें",
    total: (count: number) => `${count} में से ${count}`,
    fold: "पढ़ने में मदद और साझा करना",
    aids: "पढ़ने में मदद",
    romanized: "रोमन लिपि की पंक्ति",
    copyLink: "लिंक कॉपी करें",
  },
} as const;
type Language = keyof typeof NAMES;

describe.skipIf(!HAS_CHROMIUM)("on a phone the first paragraph is on the first screen", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer({}), launchBrowser()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function open(
    language: Language,
    pathname = "/",
    viewport: { width: number; height: number } = PHONE,
  ): Promise<Page> {
    const phone = viewport === PHONE;
    const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone });
    contexts.push(context);
    if (language === "hi")
      await context.addCookies([{ name: "ui-lang", value: "hi", url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${pathname}`);
    await page.locator('[data-ready="true"]').waitFor();
    return page;
  }

  const row = (page: Page, index: number) => page.locator(`[data-paragraph-index="${index}"]`);
  const activeElement = (page: Page) =>
    page.evaluate(() => ({
      id: document.activeElement?.id ?? "",
      text: document.activeElement?.textContent ?? "",
      expanded: document.activeElement?.getAttribute("aria-expanded") ?? null,
    }));

  /**
   * Where the first row starts against the screen, once the reader has moved to its heading.
   * The measure is the browser's own layout, so it holds whatever fonts the machine has.
   */
  async function firstScreen(page: Page) {
    await page.waitForFunction(() => document.activeElement?.id === "reader-heading");
    await row(page, 0).waitFor();
    return page.evaluate(() => {
      const top = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity;
      return {
        heading: top("#reader-heading"),
        firstRow: top('[data-paragraph-index="0"]'),
        height: window.innerHeight,
      };
    });
  }

  // The first paragraph's opening lines show, not just its top edge: it starts in the top 60%
  // of the screen (unfolded, the aids and share buttons put it at about 70% in English).
  const startsHighEnough = (screen: { firstRow: number; height: number }) =>
    screen.firstRow < screen.height * 0.6;

  async function translateSample(page: Page, language: Language) {
    await page.getByRole("button", { name: NAMES[language].trySample }).click();
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: NAMES[language].translate, exact: true }).click();
    await page
      .getByText(NAMES[language].total(SAMPLE_PARAGRAPHS))
      .first()
      .waitFor({ timeout: 60_000 });
    await page.waitForURL(/\/d\//);
  }

  for (const language of ["en", "hi"] as const) {
    it(`after Translate and on the permalink, folds the aids and sharing to one button (${language})`, async () => {
      const page = await open(language);
      await translateSample(page, language);
      const afterTranslate = await firstScreen(page);
      expect(afterTranslate.heading).toBeGreaterThanOrEqual(0);
      expect({ afterTranslate, high: startsHighEnough(afterTranslate) }).toMatchObject({
        high: true,
      });

      // Folded: one button, the bar's controls and the share buttons out of the way.
      const fold = page.getByRole("button", { name: NAMES[language].fold });
      expect(await fold.getAttribute("aria-expanded")).toBe("false");
      expect(await page.getByRole("button", { name: NAMES[language].romanized }).count()).toBe(0);
      expect(
        await page.getByRole("button", { name: NAMES[language].copyLink, exact: true }).count(),
      ).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      const permalink = new URL(page.url()).pathname;
      const reader = await open(language, permalink);
      const onPermalink = await firstScreen(reader);
      expect(onPermalink.heading).toBeGreaterThanOrEqual(0);
      expect({ onPermalink, high: startsHighEnough(onPermalink) }).toMatchObject({ high: true });
      if (language === "en") {
        await reader.mouse.move(0, 0);
        await reader.screenshot({ path: path.join(SCREENSHOTS, "permalink-phone.png") });
      }
    });

    it(`opens, uses and folds the aids by keyboard alone (${language})`, async () => {
      const page = await open(language);
      await translateSample(page, language);
      const names = NAMES[language];
      await page.waitForFunction(() => document.activeElement?.id === "reader-heading");
      // Tab from the heading through the toolbar to the fold's button.
      for (let presses = 0; presses < 30; presses += 1) {
        if ((await activeElement(page)).text.startsWith(names.fold)) break;
        await page.keyboard.press("Tab");
      }
      expect(await activeElement(page)).toMatchObject({ expanded: "false" });
      expect((await activeElement(page)).text.startsWith(names.fold)).toBe(true);

      await page.keyboard.press("Enter");
      expect((await activeElement(page)).expanded).toBe("true");
      const aids = page.getByRole("group", { name: names.aids });
      const romanized = aids.getByRole("button", { name: names.romanized });
      await romanized.waitFor();
      await page.getByRole("button", { name: names.copyLink, exact: true }).waitFor();
      // The next Tab is the bar's first control, and Space switches it on.
      await page.keyboard.press("Tab");
      expect(await romanized.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press(" ");
      expect(await romanized.getAttribute("aria-pressed")).toBe("true");
      // The romanised line appears under the first row's Hindi.
      await row(page, 0).locator('[lang="hi-Latn"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Escape folds it again, and focus is back on the button.
      await page.keyboard.press("Escape");
      const back = await activeElement(page);
      expect(back.expanded).toBe("false");
      expect(back.text.startsWith(names.fold)).toBe(true);
      expect(await aids.getByRole("button", { name: names.romanized }).count()).toBe(0);
      // Still on: folding hides the switch, not its effect.
      await row(page, 0).locator('[lang="hi-Latn"]').first().waitFor();
      // Enter opens it once more, and the first row is still on the first screen when shut.
      await page.keyboard.press("Enter");
      await romanized.waitFor();
      await page.keyboard.press("Enter");
      expect((await activeElement(page)).expanded).toBe("false");
      const shut = await row(page, 0).boundingBox();
      expect(shut?.y ?? Infinity).toBeLessThan(PHONE.height);
    });
  }

  it("leaves the desktop as it was: no fold button, the bar and the share buttons shown", async () => {
    const page = await open("en", "/", DESKTOP);
    await translateSample(page, "en");
    expect(await page.getByRole("button", { name: NAMES.en.fold }).count()).toBe(0);
    await page.getByRole("group", { name: NAMES.en.aids }).getByRole("button").first().waitFor();
    expect(await page.getByRole("button", { name: NAMES.en.romanized }).isVisible()).toBe(true);
    expect(
      await page.getByRole("button", { name: NAMES.en.copyLink, exact: true }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole("button", { name: "Export" }).isVisible()).toBe(true);
  });
});
