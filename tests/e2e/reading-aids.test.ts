import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import {
  installSpeechSynthesisDouble,
  type SpeechDoubleConfig,
  type SpokenRecord,
} from "@/tests/support/speech-synthesis-double";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

const SAMPLE_PARAGRAPHS = HINDI_SAMPLE.text.split("\n").length;
const VOICES: SpeechDoubleConfig = {
  voices: [
    { lang: "en-US", name: "US English" },
    { lang: "hi-IN", name: "Lekha" },
  ],
};

describe.skipIf(!HAS_CHROMIUM)("reading aids in Chromium", () => {
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

  async function openSample(
    options: { language?: "en" | "hi"; speech?: SpeechDoubleConfig } = {},
  ): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    if (options.language === "hi")
      await context.addCookies([{ name: "ui-lang", value: "hi", url: server.url }]);
    if (options.speech) await context.addInitScript(installSpeechSynthesisDouble, options.speech);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const hindi = options.language === "hi";
    await page
      .getByRole("button", { name: hindi ? "नमूना लेख आज़माएं" : "Try a sample article" })
      .click();
    await page.waitForFunction(() => (document.querySelector("textarea")?.value.length ?? 0) > 100);
    await page.getByRole("button", { name: hindi ? "अनुवाद करें" : "Translate", exact: true }).click();
    await page
      .getByText(
        hindi
          ? `${SAMPLE_PARAGRAPHS} में से ${SAMPLE_PARAGRAPHS} अनुच्छेद`
          : `${SAMPLE_PARAGRAPHS} of ${SAMPLE_PARAGRAPHS} paragraphs`,
      )
      .waitFor({ timeout: 60_000 });
    return page;
  }

  const row = (page: Page, index: number) => page.locator(`[data-paragraph-index="${index}"]`);

  /** Clicks the middle of a word inside an element, where a reader would. */
  async function clickWord(page: Page, selector: string, word: string) {
    const point = await page.evaluate(
      ({ selector, word }) => {
        const element = document.querySelector(selector);
        const walker = document.createTreeWalker(element as Node, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(word) ?? -1;
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        return null;
      },
      { selector, word },
    );
    if (point === null) throw new Error(`"${word}" is not in ${selector}`);
    await page.mouse.click(point.x, point.y);
  }

  it("looks a clicked Hindi word up in the real lexicon and closes with Escape", async () => {
    const page = await openSample();
    await row(page, 1).scrollIntoViewIfNeeded();
    await clickWord(page, '[data-paragraph-index="1"] p[lang="hi"]', "सरकार");
    const dialog = page.getByRole("dialog", { name: "सरकार" });
    await dialog.getByText("government").waitFor();
    expect(await dialog.getByText("sarkar", { exact: true }).count()).toBe(1);
    expect(await dialog.getByRole("heading", { name: "Meanings in English" }).count()).toBe(1);
    await page.screenshot({ path: artifact("reading-aids-word-lookup.png") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("opens the popover from the keyboard without a tab stop per word, and returns focus", async () => {
    const page = await openSample();
    const tabStops = await row(page, 1).locator('[tabindex="0"]').count();
    const sentence = row(page, 1).locator('p[lang="en"] [data-sentence="1"]');
    await sentence.focus();
    await page.keyboard.press("Enter");
    const firstWord = await page.evaluate(() => document.activeElement?.textContent);
    expect(firstWord).toBe("Karnataka");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "government" });
    await dialog.getByText("सरकार").first().waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("government");
    // Words are reachable by Enter and arrows only: the row still has its one tab stop.
    expect(await row(page, 1).locator('[tabindex="0"]').count()).toBe(tabStops);
  });

  it("marks a name the engine wrote out by sound and explains it", async () => {
    const page = await openSample();
    const marked = row(page, 2).locator('p[lang="en"] [data-untranslated]', { hasText: "Patil" });
    await marked.scrollIntoViewIfNeeded();
    await marked.click();
    const dialog = page.getByRole("dialog", { name: "पाटिल" });
    await dialog.getByText(/The engine had no English for “पाटिल”/).waitFor();
    // The entry arrives after the explanation, which needs no lookup.
    await dialog.getByText("This word is not in the dictionary.").waitFor();
    expect(await dialog.getByText("patil", { exact: true }).count()).toBe(1);
  });

  it("shows the romanised line's exact text for a known sentence, in both schemes", async () => {
    const page = await openSample();
    await page.getByRole("button", { name: "Romanised line" }).click();
    const lines = row(page, 1).locator('p[lang="hi"] [data-romanized-sentence]');
    await lines.first().waitFor();
    expect(await lines.allInnerTexts()).toContain(
      "ye basen agle sal janavri se sarkon par utrengi.",
    );
    await row(page, 1).scrollIntoViewIfNeeded();
    await row(page, 1).locator('p[lang="hi"] [data-sentence="2"]').hover();
    expect(
      await row(page, 1)
        .locator('p[lang="hi"] [data-romanized-sentence="2"]')
        .getAttribute("data-active"),
    ).toBe("true");
    await page.screenshot({ path: artifact("reading-aids-romanized-line.png") });
    await page.getByLabel("Spelling").selectOption("iso15919");
    expect(await lines.allInnerTexts()).toContain(
      "yē basēṁ agalē sāla janavarī sē saṛakōṁ para utarēṁgī.",
    );
  });

  it("reads from a paragraph aloud with a hi-IN voice, highlighting and following each sentence", async () => {
    const page = await openSample({ speech: VOICES });
    const spoken = () =>
      page.evaluate(
        () =>
          (window as unknown as { __speechDouble: { spoken: SpokenRecord[] } }).__speechDouble
            .spoken,
      );
    const finish = () =>
      page.evaluate(() =>
        (window as unknown as { __speechDouble: { finish(): boolean } }).__speechDouble.finish(),
      );
    await row(page, 3).getByRole("button", { name: "Read from here" }).click();
    const paragraphs = HINDI_SAMPLE.text.split("\n");
    const first = await spoken();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ lang: "hi-IN", voice: "Lekha", rate: 1 });
    expect(paragraphs[3]?.startsWith(first[0]?.text ?? "∅")).toBe(true);
    const speaking = page.locator("[data-speaking]");
    expect(await speaking.first().innerText()).toBe(first[0]?.text);
    expect(
      await speaking
        .first()
        .evaluate((element) =>
          element.closest("[data-paragraph-index]")?.getAttribute("data-paragraph-index"),
        ),
    ).toBe("3");
    await page.screenshot({ path: artifact("reading-aids-read-aloud.png") });

    // Each utterance ends, the next sentence starts, in order, across paragraphs.
    for (let step = 0; step < 4; step += 1) await finish();
    const texts = (await spoken()).map((record) => record.text);
    expect(texts).toHaveLength(5);
    expect(paragraphs.slice(3).join(" ").replace(/\s+/g, " ")).toContain(
      texts.slice(0, 2).join(" "),
    );
    expect(await speaking.first().innerText()).toBe(texts[4]);
    const inView = await speaking.first().evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    await page.getByRole("button", { name: "Pause" }).click();
    await page.getByRole("button", { name: "Resume" }).click();
    // Another view stops speech and clears the highlight.
    await page.getByRole("radio", { name: "Translation only" }).click();
    await page.getByRole("button", { name: "Read the article aloud" }).waitFor();
    expect(await page.locator("[data-speaking]").count()).toBe(0);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __speechDouble: { current: string | null } }).__speechDouble
            .current,
      ),
    ).toBeNull();
  });

  it("reads English with an English voice and explains a missing Hindi voice, in Hindi", async () => {
    const page = await openSample({
      language: "hi",
      speech: { voices: [{ lang: "en-GB", name: "British" }] },
    });
    await page.getByText(/इस डिवाइस पर हिंदी की कोई आवाज़ नहीं है/).waitFor();
    await page.getByLabel("इस भाषा में सुनें").selectOption("en");
    await row(page, 0).getByRole("button", { name: "सुनें", exact: true }).click();
    const spoken = await page.evaluate(
      () =>
        (window as unknown as { __speechDouble: { spoken: SpokenRecord[] } }).__speechDouble.spoken,
    );
    expect(spoken[0]).toMatchObject({ lang: "en-GB", voice: "British" });
    expect(
      await page.locator('[data-paragraph-index="0"] p[lang="en"] [data-speaking]').count(),
    ).toBe(1);
  });
});
