import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EAGER_ROWS } from "@/components/reader/row-presence";
import { romanizeHindi } from "@/lib/transliteration/hindi-romanization";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

// Long enough that rows far from the screen render as plain text (components/reader/row-presence.ts).
const ROWS = 120;
const LAST = ROWS - 1;
const PARAGRAPHS = Array.from(
  { length: ROWS },
  (_, index) => `अनुच्छेद ${index + 1}: सरकार ने शहर में नई बसें चलाने की योजना बनाई।`,
);

describe.skipIf(!HAS_CHROMIUM)("a long article in the reader", () => {
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

  const row = (page: Page, index: number) => page.locator(`[data-paragraph-index="${index}"]`);

  async function openLong(): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel("Article text").fill(PARAGRAPHS.join("\n"));
    await page.getByLabel("Direction").selectOption("hi-en");
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText(`${ROWS} of ${ROWS} paragraphs`).waitFor({ timeout: 60_000 });
    return page;
  }

  it("keeps far rows as plain text with both languages in the page, and renders them in full as they come near", async () => {
    expect(ROWS).toBeGreaterThan(EAGER_ROWS);
    const page = await openLong();
    await page.evaluate(() => window.scrollTo(0, 0));
    await row(page, 0).locator("[data-sentence]").first().waitFor();
    // The last row: its text is in the page (find in page, copy), but not its sentences or menu.
    const last = row(page, LAST);
    expect(await last.locator('p[lang="hi"]').textContent()).toBe(PARAGRAPHS[LAST]);
    expect(await last.locator('p[lang="en"]').textContent()).toMatch(/120/);
    expect(await last.locator("[data-sentence]").count()).toBe(0);
    expect(await last.getByRole("button", { name: /Actions/ }).count()).toBe(0);

    await last.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await last.locator('p[lang="en"] [data-sentence]').first().waitFor();
    await last
      .getByRole("button", { name: /Actions/ })
      .first()
      .waitFor();
    // The same text, now in sentences.
    expect(await last.locator('p[lang="hi"]').innerText()).toBe(PARAGRAPHS[LAST]);
  });

  it("shows the romanised line on the rows on screen at once, and on the others as they come near", async () => {
    const page = await openLong();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("button", { name: "Romanised line" }).click();
    const expected = (index: number) =>
      romanizeHindi(PARAGRAPHS[index] ?? "", "hinglish").replace(/\s+/g, " ");
    const lineOf = (index: number) =>
      row(page, index).locator('p[lang="hi"] [data-romanized-sentence]');
    await lineOf(0).first().waitFor();
    expect((await lineOf(0).allTextContents()).join(" ")).toBe(expected(0));
    expect(await lineOf(LAST).count()).toBe(0);

    await row(page, LAST).evaluate((element) => element.scrollIntoView({ block: "center" }));
    // Polled: rows near the screen become React rows at the browser's next idle moment.
    await expect
      .poll(async () => (await lineOf(LAST).allTextContents()).join(" "), { timeout: 30_000 })
      .toBe(expected(LAST));
    // Highlighting extends to the line in a row that came near. Hovered again if need be: rows
    // around it still take their real size after the scroll that brings it under the pointer,
    // which can move it away from the pointer on a slow machine.
    const firstSentence = row(page, LAST).locator('p[lang="hi"] [data-sentence="0"]');
    await expect
      .poll(
        async () => {
          await firstSentence.hover();
          return lineOf(LAST).first().getAttribute("data-active");
        },
        { timeout: 30_000 },
      )
      .toBe("true");

    await page.getByRole("button", { name: "Romanised line" }).click();
    await page.waitForFunction(() => !document.querySelector("[data-romanized-sentence]"));
  });

  it("keeps the text being read still while scrolling up through rows that take their real size", async () => {
    const page = await openLong();
    await page.evaluate(() => window.scrollTo(0, 0));
    // The romanised line makes a full row taller than its plain-text form and its placeholder.
    await page.getByRole("button", { name: "Romanised line" }).click();
    await row(page, 0).locator("[data-romanized-sentence]").first().waitFor();
    // A jump to the end: every row in between is still a placeholder or plain text.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await row(page, LAST).locator("[data-romanized-sentence]").first().waitFor();
    // Frames for rows near the screen to settle, and the browser's idle moment to pass.
    const settle = () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let frames = 0;
            const step = () =>
              ++frames < 10
                ? requestAnimationFrame(step)
                : requestIdleCallback(() => resolve(), { timeout: 500 });
            requestAnimationFrame(step);
          }),
      );
    await settle();
    // The first row whose top is in the middle of the screen, and where its top is.
    const middleRow = () =>
      page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>("[data-paragraph-index]")) {
          const top = element.getBoundingClientRect().top;
          if (top >= window.innerHeight / 3)
            return { index: Number(element.dataset.paragraphIndex), top };
        }
        return null;
      });
    const topOf = (index: number) =>
      row(page, index).evaluate((element) => element.getBoundingClientRect().top);
    const drifts: number[] = [];
    for (let step = 0; step < 20; step += 1) {
      // Far from the top, so every step really scrolls its 300 px.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
      const before = await middleRow();
      expect(before).not.toBeNull();
      if (before === null) return;
      await page.evaluate(() => window.scrollBy(0, -300));
      await settle();
      // Scrolled up by 300 px, the row moved down by exactly that, whatever grew above it.
      drifts.push(Math.round((await topOf(before.index)) - before.top - 300));
    }
    // Within a pixel: positions are fractional, the scroll offset is not.
    expect(drifts.filter((drift) => Math.abs(drift) > 1)).toEqual([]);
  });

  it("leaves the focus where the reader moved it while a deep link was still landing", async () => {
    const page = await openLong();
    // The link's row is focused at once, then settled at the top over a few frames. A key
    // pressed meanwhile (here right after the reader's own hashchange handlers, so surely
    // within the landing) ends the landing, which must not focus the row again when it ends.
    const focused = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          window.addEventListener(
            "hashchange",
            () => {
              const row = document.activeElement?.getAttribute("data-paragraph-index") ?? null;
              const key = { key: "j", bubbles: true, cancelable: true };
              document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", key));
              resolve(row);
            },
            { once: true },
          );
          window.location.hash = "#p-100";
        }),
    );
    expect(focused).toBe("100");
    // More frames than the landing can take (it gives up after 120).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let frames = 0;
          const step = () => (++frames < 130 ? requestAnimationFrame(step) : resolve());
          requestAnimationFrame(step);
        }),
    );
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-paragraph-index")),
    ).toBe("101");
  });

  it("Show all in English shows every paragraph in English, also those flipped on their own, near or far", async () => {
    const page = await openLong();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("radio", { name: "Original only" }).click();
    const paragraph = (number: number) =>
      page.getByRole("group", { name: `Paragraph ${number}`, exact: true });
    for (const number of [50, 51]) {
      await paragraph(number).scrollIntoViewIfNeeded();
      await paragraph(number).getByRole("button", { name: "Show in English" }).click();
      await paragraph(number).locator('p[lang="en"]').waitFor({ state: "visible" });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("button", { name: "Show all in English" }).click();
    await page.getByRole("button", { name: "Show all in Hindi" }).waitFor();
    // Every row, rendered or still plain HTML far down, shows English and hides Hindi.
    const showingHindi = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("[data-paragraph-index]")]
          .filter((row) => row.querySelector('p[lang="hi"]')?.checkVisibility())
          .map((row) => row.getAttribute("aria-label")),
      );
    const showingEnglish = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("[data-paragraph-index]")].filter((row) =>
            row.querySelector('p[lang="en"]')?.checkVisibility(),
          ).length,
      );
    expect(await showingHindi()).toEqual([]);
    expect(await showingEnglish()).toBe(ROWS);
    // Flipping one row works again from there.
    await paragraph(50).scrollIntoViewIfNeeded();
    await paragraph(50).getByRole("button", { name: "Show in Hindi" }).click();
    expect(await showingHindi()).toEqual(["Paragraph 50"]);
  });

  it("lands a deep link on a far row and moves on from it by keyboard", async () => {
    const page = await openLong();
    await page.evaluate(() => {
      window.location.hash = "#p-100";
    });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-paragraph-index") === "100",
      null,
      { timeout: 10_000 },
    );
    await row(page, 100)
      .getByRole("button", { name: /Actions/ })
      .first()
      .waitFor();
    await page.keyboard.press("j");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-paragraph-index")),
    ).toBe("101");
    // Tab from a row goes to its one tab stop, then to the next row's.
    await page.evaluate(() => window.scrollTo(0, 0));
    await row(page, 60).evaluate((element) => (element as HTMLElement).focus());
    const focusedRow = () =>
      page.evaluate(
        () =>
          document.activeElement
            ?.closest("[data-paragraph-index]")
            ?.getAttribute("data-paragraph-index") ?? null,
      );
    await page.keyboard.press("Tab");
    expect(await focusedRow()).toBe("60");
    await page.keyboard.press("Tab");
    expect(await focusedRow()).toBe("61");
  });
});
