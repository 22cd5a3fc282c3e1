import type { Browser, Page } from "playwright-core";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { median } from "./stats";

const ROWS = 500;
/** The row the interactions use: the middle of the article, scrolled on screen first. */
const ROW = 250;
/** How long the benchmark's /api/translate takes to answer (see openReader). */
const TRANSLATE_ANSWER_MS = 100;

export interface ReaderFigures {
  /** Median over rounds of each round's reader ÷ static ratio, steadier than a ratio of medians. */
  rowsRatio: number;
  rowsMs: number;
  staticRowsMs: number;
  /** Toggling one on-screen paragraph in translation-only view. */
  toggleMs: number;
  staticToggleMs: number;
  /** Translation-only → side by side. */
  toSideBySideMs: number;
  /** Side by side → translation-only. */
  toTranslationMs: number;
  staticViewModeMs: number;
  /** "Show all in …" in translation-only view. */
  flipAllSingleMs: number;
  /** Swap columns in side-by-side view. */
  flipAllSideBySideMs: number;
  staticFlipAllMs: number;
}

function document500() {
  const base = HINDI_SAMPLE.text.split("\n");
  const source = Array.from(
    { length: ROWS },
    (_, index) => `${base[index % base.length] ?? ""} (${index + 1})`,
  );
  const target = source.map(
    (_, index) =>
      `English rendering of paragraph ${index + 1}. It has a second sentence so it wraps like news copy does.`,
  );
  return { source, target };
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * In-page: what a reader feels after a click. A capturing listener notes the trusted click's
 * timestamp, then waits for the next animation frame after the page's own handlers ran (React
 * commits discrete events synchronously) and then a task, which runs after that frame's style,
 * layout and paint. The figure is that task's time minus the click's.
 */
export const FEEL = `window.__feel = [];
document.addEventListener("click", (event) => {
  if (!event.isTrusted) return;
  const clicked = event.timeStamp;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__feel.push(performance.now() - clicked);
    channel.port2.postMessage(0);
  });
}, true);`;

/** Clicks `selector` with a real (trusted) mouse click; resolves with the felt milliseconds. */
export async function feel(page: Page, selector: string): Promise<number> {
  const before = await page.evaluate(
    () => (window as unknown as { __feel: number[] }).__feel.length,
  );
  await page.locator(selector).first().click();
  await page.waitForFunction(
    (count) => (window as unknown as { __feel: number[] }).__feel.length > count,
    before,
  );
  // Two more frames so the next click does not land on this one's trailing work.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => (window as unknown as { __feel: number[] }).__feel.at(-1) ?? NaN);
}

/** Puts row ROW at the top of the viewport (below the sticky toolbar) and lets it render. */
async function rowOnScreen(page: Page) {
  await page.evaluate(async (row) => {
    document.getElementById(`p-${row}`)?.scrollIntoView({ block: "center" });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, ROW);
}

async function medianOf(times: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let index = 0; index < times; index += 1) values.push(await measure());
  return median(values);
}

/** The ndjson answer of /api/translate for the 500-row document. */
function translateAnswer(source: string[], target: string[]): string {
  return `${source
    .map((text, index) =>
      JSON.stringify({
        index,
        source: text,
        translation: target[index],
        engine: "gloss:default",
        cached: false,
        fallback: false,
        sentences: [],
      }),
    )
    .join("\n")}\n${JSON.stringify({ done: true, count: ROWS, failed: 0 })}\n`;
}

/**
 * The static page: the same 500 paragraph pairs as plain HTML under content-visibility:auto
 * like the reader's rows, with the cheapest possible DOM edits standing for each interaction.
 */
function staticPageHtml(source: string[], target: string[]): string {
  const rows = source
    .map(
      (text, index) =>
        `<div class="row" id="p-${index}"><div class="cells"><p lang="hi">${escape(text)}</p><p lang="en">${escape(target[index] ?? "")}</p></div><button type="button" data-toggle="${index}">Show in Hindi</button></div>`,
    )
    .join("");
  return `<!doctype html><html><head><meta charset=utf-8><style>
body{font:16px/1.6 sans-serif;margin:0 auto;max-width:1200px}
.row{content-visibility:auto;contain-intrinsic-size:auto 9rem;padding:12px}
.cells{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
body.single .cells{grid-template-columns:1fr}
body.single .row:not(.flipped) p[lang=hi],body.single .row.flipped p[lang=en]{display:none}
body.swapped .cells p[lang=hi]{order:2}
</style></head><body><nav style="position:sticky;top:0;z-index:1;background:#fff">
<button type="button" id="mode-side">Side by side</button>
<button type="button" id="mode-single">Translation only</button>
<button type="button" id="flip-all">Flip all</button></nav><main>${rows}</main>
<script>
document.addEventListener("click", (event) => {
  const target = event.target;
  if (target.dataset.toggle) target.parentElement.classList.toggle("flipped");
  else if (target.id === "mode-side") document.body.classList.remove("single");
  else if (target.id === "mode-single") document.body.classList.add("single");
  else if (target.id === "flip-all") document.body.classList.toggle("swapped");
});
</script></body></html>`;
}

/**
 * Answers the reader's API calls from the benchmark: the translation as `ndjson` (after
 * `translateDelayMs`), an empty summary, and a refused save (the reader's auto-save would
 * otherwise race the measures).
 */
export async function answerReaderRequests(
  page: Page,
  ndjson: string,
  { translateDelayMs = 0 }: { translateDelayMs?: number } = {},
): Promise<void> {
  await page.route("**/api/translate", async (route) => {
    if (translateDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, translateDelayMs));
    await route.fulfill({
      status: 200,
      headers: { "content-type": "application/x-ndjson" },
      body: ndjson,
    });
  });
  await page.route("**/api/summarize", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ method: "extractive", source: "hi", target: "en", bullets: [] }),
    }),
  );
  await page.route("**/api/documents", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: "{}" }),
  );
}

/** A page on the reader with the 500 paragraphs typed in, its API answered by the benchmark. */
async function openReader(
  browser: Browser,
  url: string,
  source: string[],
  ndjson: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // tsx names the functions it compiles with a __name helper; give the page one.
  await page.addInitScript("window.__name = (fn) => fn;");
  await page.addInitScript(FEEL);
  // The answer comes as late as this server's gloss sends these 500 paragraphs (86-100 ms,
  // warm, measured 2026-12-03). Answered at once, it reached the page while the page was
  // still laying out the rows it had just shown for the click, and "data to all rows" then
  // counted that layout, which no server is fast enough to overlap.
  await answerReaderRequests(page, ndjson, { translateDelayMs: TRANSLATE_ANSWER_MS });
  await page.goto(url);
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByLabel("Article text").fill(source.join("\n"));
  await page.getByLabel("Direction").selectOption("hi-en");
  return page;
}

/** The static page, written into a fresh page the way the benchmark times it. */
async function openStaticPage(browser: Browser, html: string): Promise<{ page: Page; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript(FEEL);
  await page.setContent(
    "<!doctype html><html><head><meta charset=utf-8></head><body></body></html>",
  );
  const ms = await page.evaluate(async (content) => {
    const started = performance.now();
    document.open();
    document.write(content);
    document.close();
    void document.body.offsetHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, html);
  await page.evaluate(FEEL);
  return { page, ms };
}

const translationOnly = '[role="radio"][data-mode="translation"]';

/**
 * A reader's wait after a click includes the wait for the next frame: at 60 frames a second up
 * to 16.7 ms whatever the page does. Chromium started with `UNCAPPED_FRAME_FLAGS` draws a frame
 * as soon as the last one is done, so the same clock then shows the page's own work (handler,
 * style, layout, paint) with next to no frame wait. Checked headless: requestAnimationFrame's
 * median interval is 16.7 ms without the flags and 0.2 ms with them (the first two alone leave it
 * at 16.7 ms; headless Chromium needs the third).
 */
export const UNCAPPED_FRAME_FLAGS = [
  "--disable-gpu-vsync",
  "--disable-frame-rate-limit",
  "--run-all-compositor-stages-before-draw",
];

export interface ToggleWorkFigures {
  toggleMs: number;
  staticToggleMs: number;
}

/**
 * The one-paragraph toggle only, reader and static page, in a browser started with
 * UNCAPPED_FRAME_FLAGS: a secondary measure of the work beyond the frame wait. Same rows, same
 * clicks, same clock as `benchReader`.
 */
export async function benchToggleWork(
  browser: Browser,
  url: string,
  rounds: number,
  clicks = 9,
): Promise<ToggleWorkFigures> {
  const { source, target } = document500();
  const ndjson = translateAnswer(source, target);
  const staticHtml = staticPageHtml(source, target);
  const figures: ToggleWorkFigures[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const page = await openReader(browser, url, source, ndjson);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.waitForFunction(
      (rows) => document.querySelectorAll('[data-paragraph-index] p[lang="en"]').length === rows,
      ROWS,
    );
    await page.locator(translationOnly).click();
    await rowOnScreen(page);
    const toggleMs = await medianOf(clicks, () =>
      feel(page, `[data-paragraph-index="${ROW}"] button[aria-pressed]`),
    );
    const { page: staticPage } = await openStaticPage(browser, staticHtml);
    await staticPage.locator("#mode-single").click();
    await rowOnScreen(staticPage);
    const staticToggleMs = await medianOf(clicks, () => feel(staticPage, `[data-toggle="${ROW}"]`));
    figures.push({ toggleMs, staticToggleMs });
    await page.close();
    await staticPage.close();
  }
  return {
    toggleMs: median(figures.map((figure) => figure.toggleMs)),
    staticToggleMs: median(figures.map((figure) => figure.staticToggleMs)),
  };
}

/**
 * The reader with a 500-paragraph document against a static HTML page of the same 500
 * paragraph pairs, both in real Chromium. The API is answered by the benchmark (the document is
 * ready), so the figures are the reader's own work. Interactions use real mouse clicks on rows
 * that are on screen; each is a median of `clicks` clicks.
 */
export async function benchReader(
  browser: Browser,
  url: string,
  rounds: number,
  clicks = 9,
): Promise<ReaderFigures> {
  const { source, target } = document500();
  const ndjson = translateAnswer(source, target);
  const staticHtml = staticPageHtml(source, target);

  const figures: ReaderFigures[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const page = await openReader(browser, url, source, ndjson);

    const rowsMs = await page.evaluate(async (rows) => {
      const button = [...document.querySelectorAll("button")].find(
        (candidate) => candidate.textContent === "Translate",
      );
      const started = performance.now();
      button?.click();
      await new Promise<void>((resolve) => {
        const check = () =>
          document.querySelectorAll('[data-paragraph-index] p[lang="en"]').length === rows
            ? resolve()
            : requestAnimationFrame(check);
        check();
      });
      void document.body.offsetHeight;
      // "From data": the clock starts when the answer has arrived (Resource Timing), not at the
      // click, so the browser's request round trip is not counted against the reader.
      const resource = performance
        .getEntriesByType("resource")
        .find((entry) => entry.name.includes("/api/translate")) as
        PerformanceResourceTiming | undefined;
      const dataAt = resource && resource.responseEnd > started ? resource.responseEnd : started;
      return performance.now() - dataAt;
    }, ROWS);

    const mode = (name: string) => `[role="radio"][data-mode="${name}"]`;
    const flipAll = 'button:text-matches("^(Show all in|Swap columns)")';
    await page.locator(mode("translation")).click();
    await rowOnScreen(page);
    const toggleMs = await medianOf(clicks, () =>
      feel(page, `[data-paragraph-index="${ROW}"] button[aria-pressed]`),
    );
    const flipAllSingleMs = await medianOf(clicks, () =>
      feel(page, 'button:text-matches("^Show all in")'),
    );
    // Back to translation-only if an odd number of flips left it reading the original.
    if ((await page.locator(mode("translation")).getAttribute("aria-checked")) !== "true")
      await page.locator(mode("translation")).click();
    const switches = { toSide: [] as number[], toSingle: [] as number[] };
    for (let index = 0; index < clicks; index += 1) {
      await rowOnScreen(page);
      switches.toSide.push(await feel(page, mode("side-by-side")));
      await rowOnScreen(page);
      switches.toSingle.push(await feel(page, mode("translation")));
    }
    await page.locator(mode("side-by-side")).click();
    await rowOnScreen(page);
    const flipAllSideBySideMs = await medianOf(clicks, () => feel(page, flipAll));

    const { page: staticPage, ms: staticRowsMs } = await openStaticPage(browser, staticHtml);
    await staticPage.locator("#mode-single").click();
    await rowOnScreen(staticPage);
    const staticToggleMs = await medianOf(clicks, () => feel(staticPage, `[data-toggle="${ROW}"]`));
    const staticSwitches: number[] = [];
    for (let index = 0; index < clicks; index += 1) {
      staticSwitches.push(await feel(staticPage, "#mode-side"));
      staticSwitches.push(await feel(staticPage, "#mode-single"));
    }
    await staticPage.locator("#mode-side").click();
    const staticFlipAllMs = await medianOf(clicks, () => feel(staticPage, "#flip-all"));

    figures.push({
      rowsRatio: rowsMs / staticRowsMs,
      rowsMs,
      staticRowsMs,
      toggleMs,
      staticToggleMs,
      toSideBySideMs: median(switches.toSide),
      toTranslationMs: median(switches.toSingle),
      staticViewModeMs: median(staticSwitches),
      flipAllSingleMs,
      flipAllSideBySideMs,
      staticFlipAllMs,
    });
    await page.close();
    await staticPage.close();
  }
  const result = {} as ReaderFigures;
  for (const key of Object.keys(figures[0] ?? {}) as (keyof ReaderFigures)[])
    result[key] = median(figures.map((figure) => figure[key]));
  return result;
}
