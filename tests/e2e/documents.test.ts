import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SAMPLE_PARAGRAPHS = HINDI_SAMPLE.text.split("\n").length;

describe.skipIf(!HAS_CHROMIUM)("saved documents in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    return context.newPage();
  }

  const rowTexts = (page: Page) =>
    page
      .locator("[data-paragraph-index]")
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('p[lang="hi"]')?.textContent ?? "",
          row.querySelector('p[lang="en"]')?.textContent ?? "",
        ]),
      );

  /** Translates the Hindi sample on the home page and waits for it to be saved. */
  async function translateAndSave(page: Page): Promise<string> {
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole("button", { name: "Try a sample article" }).click();
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText(`${SAMPLE_PARAGRAPHS} of ${SAMPLE_PARAGRAPHS} paragraphs`).waitFor();
    const link = page.getByRole("link", { name: "Permanent link" });
    await link.waitFor();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/d\/[A-Za-z0-9_-]{22}$/);
    // The tab's address is now the permalink.
    expect(new URL(page.url()).pathname).toBe(href);
    return href;
  }

  it("save → open the permalink in a new page → the same rows, with no translation request", async () => {
    const page = await newPage();
    const href = await translateAndSave(page);
    const original = await rowTexts(page);
    expect(original).toHaveLength(SAMPLE_PARAGRAPHS);

    const other = await newPage();
    const translateCalls: string[] = [];
    other.on("request", (request) => {
      if (request.url().includes("/api/translate")) translateCalls.push(request.url());
    });
    await other.goto(`${server.url}${href}`);
    await other.locator('[data-ready="true"]').waitFor();
    await other.getByText(`${SAMPLE_PARAGRAPHS} of ${SAMPLE_PARAGRAPHS} paragraphs`).waitFor();
    expect(await rowTexts(other)).toEqual(original);
    expect(translateCalls).toEqual([]);
    await other.screenshot({ path: artifact("permalink.png") });

    // A deep link opens at its paragraph.
    const deep = await newPage();
    await deep.goto(`${server.url}${href}#p-8`);
    await deep.locator('[data-ready="true"]').waitFor();
    await deep.waitForFunction(() => window.scrollY > 0);
    const top = (await deep.locator("#p-8").boundingBox())?.y ?? -1;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await Promise.all([page, other, deep].map((item) => item.context().close()));
  });

  it("edit a paragraph → reload → the edit is there, marked as edited, with its history", async () => {
    const page = await newPage();
    await translateAndSave(page);
    const row = page.locator('[data-paragraph-index="2"]');
    await row.getByRole("button", { name: "Actions for paragraph 3" }).click();
    await row.getByRole("menuitem", { name: "Edit" }).click();
    const box = row.getByRole("textbox", { name: "Corrected translation of paragraph 3" });
    await box.fill("A corrected third paragraph, written by a person.");
    await row.getByRole("textbox", { name: "Your name (optional)" }).fill("Asha");
    await row.getByRole("button", { name: "Save correction" }).click();
    await row.getByText("A corrected third paragraph, written by a person.").waitFor();

    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    const reloaded = page.locator('[data-paragraph-index="2"]');
    expect(await reloaded.locator('p[lang="en"]').innerText()).toBe(
      "A corrected third paragraph, written by a person.",
    );
    await reloaded.getByText("edited", { exact: true }).waitFor();
    await reloaded.getByText("edited by Asha").waitFor();

    await reloaded.getByRole("button", { name: "Actions for paragraph 3" }).click();
    await reloaded.getByRole("menuitem", { name: "History" }).click();
    await reloaded.getByRole("button", { name: "Revert to this version" }).first().waitFor();
    await page.screenshot({ path: artifact("edited-paragraph.png") });
    // Restoring the engine's text is a new revision; the reader shows it at once.
    await reloaded.getByRole("button", { name: "Revert to this version" }).last().click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-paragraph-index="2"] p[lang="en"]')?.textContent !==
        "A corrected third paragraph, written by a person.",
    );
    await page.context().close();
  });

  it("lists saved documents under Recent on the home page", async () => {
    const page = await newPage();
    const href = await translateAndSave(page);
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const recent = page.getByRole("region", { name: "Recent" });
    const link = recent.locator(`a[href="${href}"]`);
    await link.waitFor();
    expect(await link.innerText()).toBe(HINDI_SAMPLE.text.split("\n")[0]?.slice(0, 120));
    await page.context().close();
  });

  it("imports a Markdown file, then exports the saved document as Markdown and HTML", async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const file = path.join(tmpdir(), `dvibhashi-import-${process.pid}.md`);
    writeFileSync(file, "# मेले की तैयारी\n\nशहर में मेले की तैयारी शुरू हो गई है।\n\nदुकानें सजने लगी हैं।\n");
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText("Imported: मेले की तैयारी").waitFor();
    // The headline is the first row, marked as the title.
    expect(await page.getByLabel("Article text").inputValue()).toBe(
      "मेले की तैयारी\n\nशहर में मेले की तैयारी शुरू हो गई है।\n\nदुकानें सजने लगी हैं।",
    );
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByRole("link", { name: "Permanent link" }).waitFor();
    // The Hindi headline, under the English interface, is set in the Devanagari face the app
    // ships: a machine with no Devanagari font of its own would show empty boxes otherwise.
    const heading = page.getByRole("heading", { level: 2, name: "मेले की तैयारी" });
    expect(await heading.getAttribute("lang")).toBe("hi");
    expect(await heading.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(
      /^"Noto Sans Devanagari"/,
    );
    await page.getByRole("button", { name: /Export/ }).click();
    const markdownHref = await page
      .getByRole("menuitem", { name: /Bilingual Markdown/ })
      .getAttribute("href");
    const markdown = await (await page.request.get(`${server.url}${markdownHref}`)).text();
    expect(markdown).toMatch(/^# मेले की तैयारी/);
    expect(markdown).toContain("दुकानें सजने लगी हैं।");
    const htmlHref = await page
      .getByRole("menuitem", { name: /web page for printing/ })
      .getAttribute("href");
    const exported = await browser.newPage();
    await exported.setContent(await (await page.request.get(`${server.url}${htmlHref}`)).text());
    await exported.emulateMedia({ media: "print" });
    // In print, each paragraph and its rendering start on the same line.
    const [hindi, english] = await Promise.all([
      exported.locator('tr#p-1 td[lang="hi"]').boundingBox(),
      exported.locator('tr#p-1 td[lang="en"]').boundingBox(),
    ]);
    expect(Math.abs((hindi?.y ?? 0) - (english?.y ?? 1))).toBeLessThan(1);
    await exported.screenshot({ path: artifact("export-print.png") });
    await exported.close();
    await page.context().close();
  });

  it("opens a 404 page for an id that does not exist or is malformed", async () => {
    const page = await newPage();
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "not-an-id"]) {
      const response = await page.goto(`${server.url}/d/${id}`);
      expect(response?.status()).toBe(404);
      await page.getByRole("heading", { name: "Page not found" }).waitFor();
    }
    await page.context().close();
  });
});
