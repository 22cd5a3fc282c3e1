import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { axeViolations } from "./support/axe";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SAMPLE_PARAGRAPHS = HINDI_SAMPLE.text.split("\n").length;
const SCREENSHOTS = path.resolve(import.meta.dirname, "../../docs/screenshots");
// Small limits so a short article already needs several requests, and the article maximum is
// reachable by typing; the reader reads both from /api/engines.
const REQUEST_CHARACTERS = 3_000;
const ARTICLE_CHARACTERS = 20_000;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(!HAS_CHROMIUM)("the reader puts the article first", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startAppServer({
        MAX_INPUT_CHARACTERS: String(REQUEST_CHARACTERS),
        MAX_ARTICLE_CHARACTERS: String(ARTICLE_CHARACTERS),
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function open(
    viewport: { width: number; height: number },
    options: {
      language?: "en" | "hi";
      path?: string;
      touch?: boolean;
      colorScheme?: "light" | "dark";
      /** 2 for the browser's 200% zoom: CSS pixels twice the size, half as many across. */
      zoom?: number;
    } = {},
  ): Promise<Page> {
    const zoom = options.zoom ?? 1;
    const context = await browser.newContext({
      viewport: {
        width: Math.round(viewport.width / zoom),
        height: Math.round(viewport.height / zoom),
      },
      deviceScaleFactor: zoom,
      hasTouch: options.touch ?? false,
      isMobile: options.touch ?? false,
      colorScheme: options.colorScheme ?? "light",
    });
    contexts.push(context);
    if (options.language === "hi")
      await context.addCookies([{ name: "ui-lang", value: "hi", url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${options.path ?? "/"}`);
    await page.locator('[data-ready="true"]').waitFor();
    return page;
  }

  const loadSample = async (page: Page, sampleButton = "Try a sample article") => {
    await page.getByRole("button", { name: sampleButton }).click();
    // The sample loads on demand; translate only once it is in the box.
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
  };
  const waitForAll = (page: Page, total: number, language: "en" | "hi" = "en") =>
    page
      .getByText(language === "en" ? `${total} of ${total} paragraphs` : `${total} में से ${total}`)
      .first()
      .waitFor({ timeout: 60_000 });
  const translateSample = async (page: Page) => {
    await loadSample(page);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await waitForAll(page, SAMPLE_PARAGRAPHS);
  };
  const activeInfo = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        id: element?.id ?? "",
        row: element?.closest<HTMLElement>("[data-paragraph-index]")?.dataset.paragraphIndex,
        sentence: element?.dataset.sentence,
        text: element?.textContent ?? "",
        role: element?.getAttribute("role"),
      };
    });
  const row = (page: Page, index: number) => page.locator(`[data-paragraph-index="${index}"]`);
  // The row's menu button is one of its arrow-key stops (other row controls may follow it).
  const arrowToRowMenu = async (page: Page) => {
    await page.keyboard.press("End");
    for (let step = 0; step < 40; step += 1) {
      const onMenu = await page.evaluate(
        () => document.activeElement?.getAttribute("aria-haspopup") === "menu",
      );
      if (onMenu) return;
      await page.keyboard.press("ArrowLeft");
    }
  };
  const summaryRegion = (page: Page) => page.locator("section[aria-labelledby=summary-heading]");
  const expectAxeClean = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  it("on Translate folds the form, moves to the reader's heading, and keeps the toolbar in view (desktop)", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    expect((await activeInfo(page)).id).toBe("reader-heading");
    // The form is one line now, with its two ways back.
    expect(await page.getByLabel("Article text").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Edit the text" }).waitFor();
    await page.getByRole("button", { name: "New article" }).waitFor();
    const heading = await page.locator("#reader-heading").boundingBox();
    expect(heading?.y ?? 999).toBeLessThan(200);

    // The engine and the draft note are said once for the document, not on every row.
    expect(await page.getByText("not a full translation", { exact: true }).count()).toBe(1);
    // The status line calls it a draft once, in the engine's name or its status.
    const notes = (await page.getByTestId("document-notes").textContent()) ?? "";
    expect(notes.match(/draft/gi)).toHaveLength(1);
    expect(await page.getByText(/from cache/).count()).toBe(0);

    await summaryRegion(page).getByRole("link").first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "reader-desktop.png") });
    await expectAxeClean(page);

    // The toolbar stays at the top while the article scrolls.
    await page.evaluate(() => window.scrollTo(0, 1500));
    const toolbar = await page.getByRole("radiogroup", { name: "View" }).boundingBox();
    expect(toolbar?.y ?? 999).toBeLessThan(20);
    await page.getByRole("button", { name: "Larger text" }).waitFor();
    expect(
      await page.locator(".sticky").getByRole("button", { name: "Copy summary" }).count(),
    ).toBe(1);
  });

  it("caps single-language lines near 70 characters with body text of at least 16 px", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    await page.getByRole("radio", { name: "Translation only" }).click();
    const measure = await row(page, 1)
      .locator('p[lang="en"]')
      .evaluate((element) => {
        const probe = document.createElement("span");
        probe.textContent = "0".repeat(70);
        element.appendChild(probe);
        const seventy = probe.getBoundingClientRect().width;
        probe.remove();
        return {
          width: element.getBoundingClientRect().width,
          seventy,
          fontSize: parseFloat(getComputedStyle(element).fontSize),
        };
      });
    expect(measure.fontSize).toBeGreaterThanOrEqual(16);
    // "Near 70": CSS's ch comes from the first font's zero, the probe from the rendered one.
    expect(measure.width).toBeLessThanOrEqual(measure.seventy * 1.03);
    expect(measure.width).toBeGreaterThan(measure.seventy * 0.9);
    // Even at the smallest text size the body text stays at 16 px.
    for (let step = 0; step < 3; step += 1)
      if (await page.getByRole("button", { name: "Smaller text" }).isEnabled())
        await page.getByRole("button", { name: "Smaller text" }).click();
    const smallest = await row(page, 1)
      .locator('p[lang="en"]')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(smallest).toBeGreaterThanOrEqual(16);
  });

  it("reaches everything by keyboard: one tab stop per row, arrows within it, radios, menus, editor, skip link", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    // From the reader's heading, Tab reaches the first row's first sentence after the toolbar.
    let presses = 0;
    while ((await activeInfo(page)).row !== "0" && presses < 40) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect((await activeInfo(page)).row).toBe("0");
    // One Tab per row.
    await page.keyboard.press("Tab");
    expect((await activeInfo(page)).row).toBe("1");
    await page.keyboard.press("Tab");
    expect((await activeInfo(page)).row).toBe("2");
    // Arrow keys move between the row's sentences and actions, never leaving the row.
    const first = await activeInfo(page);
    await page.keyboard.press("ArrowRight");
    const second = await activeInfo(page);
    expect(second.row).toBe("2");
    expect(second.text).not.toBe(first.text);
    await page.keyboard.press("ArrowLeft");
    expect((await activeInfo(page)).text).toBe(first.text);
    // Shift+Tab returns to the previous row's remembered stop.
    await page.keyboard.press("Shift+Tab");
    expect((await activeInfo(page)).row).toBe("1");

    // The row's menu is one of its stops: ArrowDown opens it on Edit, the editor opens, and
    // Escape in the editor returns focus to the menu button.
    await arrowToRowMenu(page);
    const menuButton = row(page, 1).getByRole("button", { name: "Actions for paragraph 2" });
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    expect((await activeInfo(page)).text).toBe("Edit");
    await page.keyboard.press("ArrowDown");
    expect((await activeInfo(page)).text).toBe("History");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Corrected translation of paragraph 2" }).waitFor();
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("aria-haspopup") === "menu",
    );
    expect((await activeInfo(page)).row).toBe("1");
    // Escape in the menu closes it and returns focus to the button; so does an outside click.
    await page.keyboard.press("Enter");
    await row(page, 1).getByRole("menu").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByRole("menu").count()).toBe(0);
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await menuButton.click();
    await row(page, 1).getByRole("menu").waitFor();
    await page.mouse.click(5, 500);
    expect(await page.getByRole("menu").count()).toBe(0);

    // The view-mode radios move with the arrow keys.
    await page.getByRole("radio", { name: "Side by side" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("aria-checked") === "true",
    );
    expect(
      await page.getByRole("radio", { name: "Original only" }).getAttribute("aria-checked"),
    ).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(
      await page.getByRole("radio", { name: "Side by side" }).getAttribute("aria-checked"),
    ).toBe("true");

    // The copy menu opens on the keyboard, moves with arrows, closes on Escape and returns focus.
    const options = page.getByRole("button", { name: "More copy options" });
    await options.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    const firstItem = (await activeInfo(page)).text;
    await page.keyboard.press("ArrowDown");
    expect((await activeInfo(page)).text).not.toBe(firstItem);
    await page.keyboard.press("ArrowDown");
    expect((await activeInfo(page)).text).toBe(firstItem);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("menu").count()).toBe(0);
    expect(await options.evaluate((element) => element === document.activeElement)).toBe(true);
    // An outside click closes it too.
    await options.click();
    await page.getByRole("menu").waitFor();
    await page.mouse.click(5, 500);
    expect(await page.getByRole("menu").count()).toBe(0);

    // The Export menu, once the document is saved, is a menu too.
    const exportButton = page.getByRole("button", { name: "Export" });
    await exportButton.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    const firstExport = (await activeInfo(page)).text;
    await page.keyboard.press("ArrowDown");
    expect((await activeInfo(page)).text).not.toBe(firstExport);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    expect((await activeInfo(page)).text).toBe(firstExport);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("menu").count()).toBe(0);
    expect(await exportButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await exportButton.click();
    await page.getByRole("menu").waitFor();
    await page.mouse.click(5, 500);
    expect(await page.getByRole("menu").count()).toBe(0);

    // The skip link takes keyboard users straight to the summary.
    await page.locator("#reader-heading").focus();
    await page.keyboard.press("Shift+Tab");
    expect((await activeInfo(page)).text).toBe("Skip to the summary");
    await page.keyboard.press("Enter");
    expect((await activeInfo(page)).id).toBe("summary-heading");

    // t in side by side cannot flip a row, and says so.
    await row(page, 1).locator("[data-sentence]").first().focus();
    await page.keyboard.press("t");
    await page.getByText(/t flips a paragraph in the Original only/).waitFor();
    await expectAxeClean(page);
  });

  it("reaches the reader by keyboard alone in the Hindi interface, row menu and skip link included", async () => {
    const page = await open(DESKTOP, { language: "hi" });
    // Engine names and the reasons an engine cannot be used are in Hindi in the picker.
    const picker = page.getByLabel("इंजन", { exact: true });
    // The picker starts with "Automatic" alone and fills in when the engine list arrives.
    await picker.locator("option").nth(1).waitFor({ state: "attached" });
    const options = await picker.locator("option").allTextContents();
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) {
      const [, detail] = option.split(" — ");
      // The words after the name (quality, or why it cannot be used) are Hindi, and no
      // operator's English instruction ("Set DEEPL_API_KEY …") reaches the reader.
      if (detail !== undefined) expect(detail).toMatch(/[\u0900-\u097F]/);
      expect(option).not.toMatch(/\bSet [A-Z_]+|not set up|unreachable|draft/);
    }
    const textBox = page.getByLabel("लेख का पाठ");
    await textBox.focus();
    await page.keyboard.insertText("बारिश हुई।\nलोग खुश हैं। बच्चे खेल रहे हैं।\nबाज़ार खुले रहे।");
    // Tab to Translate and press Enter: no mouse anywhere.
    let presses = 0;
    while (!(await activeInfo(page)).text.startsWith("अनुवाद करें") && presses < 30) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    await page.keyboard.press("Enter");
    await waitForAll(page, 3, "hi");
    await page.waitForFunction(() => document.activeElement?.id === "reader-heading");
    presses = 0;
    while ((await activeInfo(page)).row !== "0" && presses < 40) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    await page.keyboard.press("Tab");
    expect((await activeInfo(page)).row).toBe("1");
    await arrowToRowMenu(page);
    const menuButton = row(page, 1).getByRole("button", { name: "अनुच्छेद 2 के विकल्प" });
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    expect((await activeInfo(page)).text).toBe("सुधारें");
    await page.keyboard.press("End");
    await page.keyboard.press("Escape");
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.locator("#reader-heading").focus();
    await page.keyboard.press("Shift+Tab");
    expect((await activeInfo(page)).text).toBe("सारांश पर जाएँ");
    await page.keyboard.press("Enter");
    expect((await activeInfo(page)).id).toBe("summary-heading");
    await expectAxeClean(page);
  });

  it("stays axe-clean in dark mode, at 200% zoom, on a phone and on a desktop, menus open", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    await page.waitForURL(/\/d\//);
    const permalink = new URL(page.url()).pathname;
    const cases = [
      { viewport: DESKTOP, colorScheme: "dark" as const },
      { viewport: PHONE, colorScheme: "dark" as const, touch: true },
      { viewport: DESKTOP, colorScheme: "light" as const, zoom: 2 },
      { viewport: PHONE, colorScheme: "light" as const, touch: true, zoom: 2 },
    ];
    for (const { viewport, ...options } of cases) {
      const reader = await open(viewport, { path: permalink, ...options });
      await row(reader, 1).locator('p[lang="en"]').waitFor();
      if (options.colorScheme === "dark")
        expect(
          await reader.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        ).toBe(true);
      const found = await axeViolations(reader);
      expect({ ...options, width: viewport.width, found }).toEqual({
        ...options,
        width: viewport.width,
        found: [],
      });
      // With a row menu open, the menu and its items pass too.
      await row(reader, 1).getByRole("button", { name: "Actions for paragraph 2" }).click();
      await row(reader, 1).getByRole("menu").waitFor();
      expect(await axeViolations(reader)).toEqual([]);
      await reader.keyboard.press("Escape");
      await reader.context().close();
    }
  }, 300_000);

  it("on a phone puts a folded summary first, offers no side by side, and shows no keyboard hints (Hindi interface)", async () => {
    const page = await open(PHONE, { language: "hi", touch: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("hi");
    expect(await page.getByText("Ctrl+Enter").isVisible()).toBe(false);
    await page.getByRole("button", { name: "नमूना लेख आज़माएं" }).click();
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: "अनुवाद करें", exact: true }).click();
    await waitForAll(page, SAMPLE_PARAGRAPHS, "hi");
    const summaryBox = await summaryRegion(page).boundingBox();
    const firstRow = await row(page, 0).boundingBox();
    expect(summaryBox?.y ?? 9999).toBeLessThan(firstRow?.y ?? 0);
    // Folded to a line until opened.
    const toggle = summaryRegion(page).getByRole("button", { expanded: false });
    await toggle.click();
    await summaryRegion(page).getByRole("link").first().waitFor();
    // No side by side on a phone; interleaved sets the second language off with a rule.
    expect(await page.getByRole("radio").count()).toBe(3);
    const rule = await row(page, 1)
      .locator('[data-cell="translation"]')
      .evaluate((element) => parseFloat(getComputedStyle(element).borderInlineStartWidth));
    expect(rule).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole("button", { name: "कीबोर्ड शॉर्टकट" }).count()).toBe(0);
    // The progress count and the engine note do not collide.
    const count = await page.locator("text=/में से .* अनुच्छेद/ >> visible=true").first().boundingBox();
    const engine = await page.getByTestId("document-notes").boundingBox();
    expect(count).not.toBeNull();
    expect(engine).not.toBeNull();
    if (count && engine)
      expect(count.y + count.height <= engine.y || engine.y + engine.height <= count.y).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, "reader-phone.png") });
    await expectAxeClean(page);
  });

  it("keeps the sticky summary scrollable to its last bullet at the largest text size (desktop)", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    for (let step = 0; step < 6; step += 1)
      if (await page.getByRole("button", { name: "Larger text" }).isEnabled())
        await page.getByRole("button", { name: "Larger text" }).click();
    const aside = page.locator("aside").filter({ has: page.locator("#summary-heading") });
    const scrollable = await aside.evaluate((element) => ({
      overflow: getComputedStyle(element).overflowY,
      fits: element.getBoundingClientRect().height <= window.innerHeight,
    }));
    expect(scrollable.fits).toBe(true);
    expect(scrollable.overflow).toBe("auto");
    const last = summaryRegion(page).getByRole("link").last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
  });

  it("splits a long article over several requests: one document, one progress bar, one permalink", async () => {
    const page = await open(DESKTOP);
    const sentence = "सरकार ने शहर में नई बसें चलाने की योजना बनाई। ";
    const paragraphs = Array.from({ length: 60 }, (_, index) =>
      `अनुच्छेद ${index + 1}: ${sentence.repeat(4)}`.trim(),
    );
    const text = paragraphs.join("\n");
    const characters = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
    expect(characters).toBeGreaterThan(REQUEST_CHARACTERS * 3);
    const requests: number[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/translate"))
        requests.push(
          (JSON.parse(request.postData() ?? "{}") as { paragraphs: string[] }).paragraphs.length,
        );
    });
    await page.getByLabel("Article text").fill(text);
    // The live counter counts as the server does.
    await page
      .getByText(
        `${characters.toLocaleString("en-IN")} of ${ARTICLE_CHARACTERS.toLocaleString("en-IN")} characters · 60 paragraphs`,
      )
      .waitFor();
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await waitForAll(page, 60);
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.reduce((sum, count) => sum + count, 0)).toBe(60);
    expect(await page.getByRole("progressbar").count()).toBe(1);
    expect(await row(page, 59).locator('p[lang="en"]').textContent()).toMatch(/60/);
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{22}$/, { timeout: 30_000 });
    await summaryRegion(page).getByRole("link").first().waitFor({ timeout: 30_000 });
    expect(await page.getByText("Summarising…").count()).toBe(0);

    // Over the article maximum the counter says so and nothing is sent.
    await page.getByRole("button", { name: "New article" }).click();
    const before = requests.length;
    await page.getByLabel("Article text").fill(text.repeat(2));
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page
      .getByRole("alert")
      .getByText(/at most 20,000 characters/)
      .waitFor();
    expect(requests.length).toBe(before);
  });

  it("reads a long paragraph in several rows, and keeps it one paragraph after saving and reloading", async () => {
    const page = await open(DESKTOP);
    const sentence = (n: number) => `वाक्य ${n}: नगर निगम ने शहर की सड़कों की मरम्मत का काम शुरू किया है। `;
    const long = Array.from({ length: 60 }, (_, n) => sentence(n + 1))
      .join("")
      .trim();
    expect(long.length).toBeGreaterThan(3_000);
    await page.getByLabel("Article text").fill(`${long}\nदूसरा अनुच्छेद छोटा है।`);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{22}$/, { timeout: 60_000 });
    const rows = await page.locator("[data-paragraph-index]").count();
    expect(rows).toBeGreaterThan(4);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    const exported = await (
      await fetch(`${server.url}/api/documents/${id}/export?format=text&side=source`)
    ).text();
    // The export has the article's two paragraphs, not one per row.
    expect(exported.split("\n\n").slice(0, 2)).toEqual([long, "दूसरा अनुच्छेद छोटा है।"]);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    expect(await page.locator("[data-paragraph-index]").count()).toBe(rows);
    // Editing the text gives the paragraphs back as they were typed, one a line.
    await page.getByRole("button", { name: "Edit the text" }).click();
    expect(await page.getByLabel("Article text").inputValue()).toBe(
      `${long}\n\nदूसरा अनुच्छेद छोटा है।`,
    );
  });

  it("shows one error, no per-row errors, and no endless summary when the server refuses the request", async () => {
    const page = await open(DESKTOP);
    await page.route("**/api/translate", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "unavailable", message: "The server is busy." } }),
      }),
    );
    await loadSample(page);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText("The server is busy.").waitFor();
    expect(await page.locator("main").getByRole("alert").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Retry" }).count()).toBe(0);
    await page.waitForFunction(() => !document.body.textContent?.includes("Summarising…"), null, {
      timeout: 30_000,
    });
    await expectAxeClean(page);
  });

  it("gives Translate its own history entry and keeps the draft until the permalink exists", async () => {
    const page = await open(DESKTOP);
    await page.getByLabel("Article text").fill("बारिश हुई।\nलोग खुश हैं।");
    // A reload before translating keeps the text.
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await page.waitForFunction(
      () => document.querySelector("textarea")?.value === "बारिश हुई।\nलोग खुश हैं।",
    );
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await waitForAll(page, 2);
    await page.waitForURL(/\/d\//);
    await page.goBack();
    await page.getByLabel("Article text").waitFor();
    expect(await page.getByLabel("Article text").inputValue()).toBe("बारिश हुई।\nलोग खुश हैं।");
    expect(await page.locator("#reader-heading").isVisible()).toBe(false);
    await page.goForward();
    await page.locator("#reader-heading").waitFor();
    expect(await page.getByLabel("Article text").isVisible()).toBe(false);

    // The same article translated again (a new document) replaces its Recent entry.
    const firstPermalink = new URL(page.url()).pathname;
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel("Article text").fill("बारिश हुई।\nलोग खुश हैं।");
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await waitForAll(page, 2);
    await page.waitForURL(/\/d\//);
    expect(new URL(page.url()).pathname).not.toBe(firstPermalink);
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    expect(
      await page.locator("section[aria-labelledby=recent-heading]").getByRole("link").count(),
    ).toBe(1);
  });

  it("opens a permalink folded to the reader, and #p-N lands the paragraph at the top", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    await page.waitForURL(/\/d\//);
    const permalink = new URL(page.url()).pathname;
    for (const viewport of [DESKTOP, PHONE]) {
      const reader = await open(viewport, { path: `${permalink}#p-8` });
      await reader.waitForFunction(
        () => document.activeElement?.getAttribute("data-paragraph-index") === "8",
        null,
        { timeout: 10_000 },
      );
      expect(await reader.getByLabel("Article text").isVisible()).toBe(false);
      const top = (await row(reader, 8).boundingBox())?.y ?? -1;
      const margin = await row(reader, 8).evaluate((element) =>
        parseFloat(getComputedStyle(element).scrollMarginTop),
      );
      // At the top of the reading area: just under the sticky toolbar, within a few pixels.
      expect(Math.abs(top - margin)).toBeLessThan(4);
      if (viewport === DESKTOP) {
        await reader.evaluate(() => window.scrollTo(0, 0));
        await reader.mouse.move(0, 0);
        await reader.screenshot({ path: path.join(SCREENSHOTS, "permalink.png") });
      }
    }
  });

  it("with the draft notice shown, a permalink keeps the notice compact and the reader and its first row in the first screen, in both languages", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    await page.waitForURL(/\/d\//);
    const permalink = new URL(page.url()).pathname;
    const names = {
      en: { notice: "This is a word-by-word draft", better: "Get a better translation" },
      hi: { notice: "यह शब्द-दर-शब्द मसौदा है", better: "बेहतर अनुवाद पाएँ" },
    };
    for (const language of ["en", "hi"] as const)
      for (const viewport of [DESKTOP, PHONE]) {
        const reader = await open(viewport, {
          path: permalink,
          language,
          touch: viewport === PHONE,
        });
        const notice = reader.getByRole("complementary", { name: names[language].notice });
        await notice.waitFor();
        await row(reader, 0).waitFor();
        // Where things sit on the page, whatever it scrolled to on opening, against the screen.
        const onPage = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
        const heading = await reader.locator("#reader-heading").evaluate(onPage);
        const firstRow = await row(reader, 0).evaluate(onPage);
        const noticeHeight = (await notice.boundingBox())?.height ?? Infinity;
        const height = await reader.evaluate(() => window.innerHeight);
        expect({
          language,
          width: viewport.width,
          readerInFirstScreen: heading < height,
          noticeCompact: noticeHeight < height / 4,
        }).toEqual({
          language,
          width: viewport.width,
          readerInFirstScreen: true,
          noticeCompact: true,
        });
        // The first row itself is on the first screen the reader sees (the page moves to the
        // reader's heading on opening), on a phone too: there the reading aids and the
        // document's sharing controls fold behind one button.
        await reader.waitForFunction(() => document.activeElement?.id === "reader-heading");
        const firstRowOnScreen = firstRow - (await reader.evaluate(() => window.scrollY));
        expect({
          language,
          width: viewport.width,
          firstRowInFirstScreen: firstRowOnScreen >= 0 && firstRowOnScreen < height,
        }).toEqual({
          language,
          width: viewport.width,
          firstRowInFirstScreen: true,
        });
        // The on-device download is offered inside the notice, not as a panel above the rows.
        await notice.getByRole("button", { name: names[language].better }).click();
        await notice.getByRole("button", { name: /MB\)$/ }).waitFor();
        expect(
          await reader
            .getByRole("region", {
              name: language === "en" ? "On-device translator" : "ऑन-डिवाइस अनुवादक",
            })
            .count(),
        ).toBe(0);
      }
  });

  it("keeps the summary true after a correction and a revert, and swapping columns keeps its language", async () => {
    const page = await open(DESKTOP);
    await translateSample(page);
    await page.waitForURL(/\/d\//);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    const link = summaryRegion(page).getByRole("link").first();
    await link.waitFor();
    const cited = Number(((await link.getAttribute("href")) ?? "").replace("#p-", ""));
    const bulletBefore = await link.locator("[lang]").innerText();
    expect(bulletBefore).not.toMatch(/[\u0900-\u097F]/);

    // Swapping columns leaves the summary in the language being read.
    await page.getByRole("button", { name: "Swap columns" }).click();
    expect(await link.locator("[lang]").innerText()).toBe(bulletBefore);
    await page.getByRole("button", { name: "Swap columns" }).click();

    const target = row(page, cited);
    await target.hover();
    await target.getByRole("button", { name: /^Actions for paragraph/ }).click();
    await target.getByRole("menuitem", { name: "Edit" }).click();
    const corrected = "A corrected sentence that the summary must quote.";
    await target.getByRole("textbox", { name: /Corrected translation/ }).fill(corrected);
    await target.getByRole("button", { name: "Save correction" }).click();
    await target.getByText(corrected).waitFor();
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll("section[aria-labelledby=summary-heading] li")].some((item) =>
          item.textContent?.includes(text),
        ),
      corrected.slice(0, 20),
    );
    // The saved document's summary follows.
    await expect
      .poll(async () => {
        const response = await fetch(`${server.url}/api/documents/${id}`);
        const document = (await response.json()) as {
          summary: { bullets: { translation: string | null }[] } | null;
        };
        return JSON.stringify(document.summary?.bullets ?? []);
      })
      .toContain(corrected.slice(0, 20));

    // Reverting to the engine's version says so, not "edited".
    await target.hover();
    await target.getByRole("button", { name: /^Actions for paragraph/ }).click();
    await target.getByRole("menuitem", { name: "History" }).click();
    await target.getByRole("button", { name: "Revert to this version" }).last().click();
    await target.getByText("engine's translation restored").waitFor();
    expect(await target.getByText("edited", { exact: true }).count()).toBe(0);
    await page.waitForFunction(
      (text) =>
        ![...document.querySelectorAll("section[aria-labelledby=summary-heading] li")].some(
          (item) => item.textContent?.includes(text),
        ),
      corrected.slice(0, 20),
    );
    await page.screenshot({ path: artifact("reader-first-after-revert.png") });
    // After a reload the row still says the engine's text was restored, not "edited".
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    const reloaded = row(page, cited);
    await reloaded.getByText("engine's translation restored").waitFor();
    expect(await reloaded.getByText("edited", { exact: true }).count()).toBe(0);
    expect(await reloaded.getByText(/edited by/).count()).toBe(0);
  });
});
