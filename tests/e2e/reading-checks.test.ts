import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
} from "@/tests/support/fixture-server";
import { deeplFixture, libreTranslateFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";
import { startAppServer, type AppServer } from "./support/app-server";
import { axeViolations } from "./support/axe";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../../docs/screenshots");

/*
 * The fact check, the glossary and the engine comparison in Chromium, against two engines that
 * are real HTTP servers: a LibreTranslate-shaped one that damages what it is given (drops 525,
 * turns करोड़ into million, changes the case and spacing of glossary placeholders), and a
 * DeepL-shaped one that translates faithfully.
 */
function damage(text: string, target: string): string {
  return fakeTranslate(
    text
      .replace(/GX(\d+)Q/g, "gx $1 q")
      .replace(/\b525 /g, "")
      .replace(/करोड़/g, "million"),
    target,
  );
}

describe.skipIf(!HAS_CHROMIUM)("reading checks", () => {
  let libre: FixtureServer;
  let deepl: FixtureServer;
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [libre, deepl] = await Promise.all([
      startFixtureServer(libreTranslateFixture({ charLimit: 5_000, translate: damage })),
      startFixtureServer(deeplFixture),
    ]);
    [server, browser] = await Promise.all([
      startAppServer({
        LIBRETRANSLATE_URL: libre.url,
        LIBRETRANSLATE_API_KEY: TEST_KEY,
        DEEPL_URL: deepl.url,
        DEEPL_API_KEY: TEST_KEY,
      }),
      launchBrowser(),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([libre?.close(), deepl?.close()]);
  });

  async function translate(text: string) {
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const picker = page.getByLabel("Engine");
    await picker.locator("option", { hasText: "LibreTranslate" }).waitFor({ state: "attached" });
    await picker.selectOption("libretranslate:default");
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
  }

  it("flags the dropped number and the crore turned million on their rows and once at the top, also when saved and in Hindi", async () => {
    await translate("हादसे में 525 लोग घायल हुए।\n\nबारिश हुई।\n\nबजट 1,250 करोड़ रुपये है।");
    await page.getByText("3 of 3 paragraphs").waitFor();
    const summary = page.getByRole("region", { name: "Fact check" });
    await summary.getByText("2 paragraphs may have lost or changed a number").waitFor();
    const row = (index: number) => page.locator(`[data-paragraph-index="${index}"]`);
    expect(await row(0).locator(".fact-flag li").allInnerTexts()).toEqual([
      "Number: “525” is not in the translation",
    ]);
    expect(await row(1).locator(".fact-flag").count()).toBe(0);
    expect(await row(2).locator(".fact-flag li").allInnerTexts()).toEqual([
      "Number: “1,250 करोड़ रुपये” became “1,250 million रुपये”",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "fact-check.png") });

    // Keyboard: the summary's link to paragraph 3 focuses that row.
    await summary.getByRole("button", { name: "Paragraph 3" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("p-2");

    // Saved with the document: the permalink shows the same flags, here in Hindi.
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{22}$/);
    await page.context().addCookies([{ name: "ui-lang", value: "hi", url: server.url }]);
    await page.reload();
    await page
      .getByRole("region", { name: "तथ्य जाँच" })
      .getByText("2 अनुच्छेदों में शायद कोई संख्या छूटी या बदली है")
      .waitFor();
    expect(await row(0).locator(".fact-flag li").allInnerTexts()).toEqual([
      "संख्या: “525” अनुवाद में नहीं है",
    ]);
    await page.context().clearCookies();
  });

  it("keeps the reader's glossary term through an engine that mangles its placeholder", async () => {
    await page.goto(server.url);
    await page.evaluate(() => window.localStorage.clear());
    await translate("मंत्री एमबी पाटिल ने कहा।");
    await page.getByText("1 of 1 paragraph").waitFor();
    // Add the term with the keyboard, then translate again.
    await page.getByRole("button", { name: "Glossary (0)" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Term" }).fill("एमबी पाटिल");
    await page.getByRole("textbox", { name: "Always translate as" }).fill("M.B. Patil");
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Glossary terms" }).getByText("M.B. Patil").waitFor();

    await translate("मंत्री एमबी पाटिल ने कहा। फिर से।");
    const row = page.locator('[data-paragraph-index="0"] p[lang="en"]');
    await row.getByText("M.B. Patil").waitFor();
    expect(await row.innerText()).toBe("[en] मंत्री M.B. Patil ने कहा। फिर से।");
    // What the engine was sent for the paragraph (the summary's own requests come and go too).
    const sent = libre.requests
      .filter((request) => request.url === "/translate")
      .map((request) => (request.body as { q: string[] }).q)
      .filter((texts) => texts.some((text) => text.startsWith("मंत्री")));
    expect(sent.at(-1)).toEqual(["मंत्री GX1Q ने कहा। फिर से।"]);
    expect(await page.locator(".fact-flag").count()).toBe(0);
    if ((await page.getByRole("list", { name: "Glossary terms" }).count()) === 0)
      await page.getByRole("button", { name: "Glossary (1)" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "glossary.png") });
    await page.evaluate(() => window.localStorage.clear());
  });

  it("compares a row with DeepL, marks the differing words and keeps DeepL's text as a correction", async () => {
    await translate("हादसे में 525 लोग घायल हुए।");
    await page.getByText("1 of 1 paragraph").waitFor();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{22}$/);
    const row = page.locator('[data-paragraph-index="0"]');
    // "Compare with…" is an item of the row's menu, opened from the keyboard.
    await row.getByRole("button", { name: "Actions for paragraph 1" }).focus();
    await page.keyboard.press("Enter");
    await row.getByRole("menuitem", { name: "Compare with…" }).waitFor();
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Compare with…");
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Two engines for paragraph 1" });
    await panel.getByLabel("Engine to compare with").selectOption("deepl:default");
    await panel.getByText("Highlighted words differ between the two translations.").waitFor();
    const figures = panel.locator("figure");
    expect(await figures.nth(0).locator("mark").allInnerTexts()).toEqual(["[en] "]);
    expect(await figures.nth(1).locator("mark").allInnerTexts()).toEqual(["[EN-GB] ", "525 "]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "compare.png") });

    await panel.getByRole("button", { name: "Use this one" }).click();
    await panel.getByText("Kept as a correction, made by DeepL.").waitFor();
    await row.locator('p[lang="en"]').first().getByText("[EN-GB] हादसे में 525 लोग").waitFor();
    // The correction names its engine, and the fact check now finds nothing on the row.
    await row.getByText("deepl:default").waitFor();
    expect(await row.locator(".fact-flag").count()).toBe(0);
    // Escape from inside the comparison closes it and returns to the row's menu button.
    await panel.getByLabel("Engine to compare with").focus();
    await page.keyboard.press("Escape");
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Actions for paragraph 1",
    );
  });
});
