import type { Browser } from "playwright-core";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { median } from "./stats";

const ROWS = 500;

export interface ReaderFigures {
  /** Median over rounds of each round's reader ÷ static ratio, steadier than a ratio of medians. */
  rowsRatio: number;
  rowsMs: number;
  staticRowsMs: number;
  toggleMs: number;
  staticToggleMs: number;
  viewModeMs: number;
  staticViewModeMs: number;
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

/** In-page: run an action, let queued work (React's microtasks) finish, force layout; milliseconds. */
const MEASURE = `window.__measure = async (action) => {
  const started = performance.now();
  action();
  await new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
  void document.body.offsetHeight;
  return performance.now() - started;
};`;

/**
 * The reader with a 500-paragraph document against a static HTML page of the same 500
 * paragraph pairs. The API is answered by the test (the document is ready), so the figures
 * are the reader's own work: parsing the stream, rendering rows, toggling and switching views.
 */
export async function benchReader(
  browser: Browser,
  url: string,
  rounds: number,
): Promise<ReaderFigures> {
  const { source, target } = document500();
  const ndjson = `${source
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
  const staticHtml = `<main id="static">${source
    .map(
      (text, index) =>
        `<div class="row" data-paragraph-index="${index}" style="display:grid;grid-template-columns:1fr 1fr;gap:2rem;padding:12px"><p lang="hi">${escape(text)}</p><p lang="en">${escape(target[index] ?? "")}</p></div>`,
    )
    .join("")}</main>`;

  const figures: ReaderFigures[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // tsx names the functions it compiles with a __name helper; give the page one.
    await page.addInitScript("window.__name = (fn) => fn;");
    await page.route("**/api/translate", (route) =>
      route.fulfill({
        status: 200,
        headers: { "content-type": "application/x-ndjson" },
        body: ndjson,
      }),
    );
    await page.route("**/api/summarize", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ method: "extractive", source: "hi", target: "en", bullets: [] }),
      }),
    );
    await page.goto(url);
    await page.locator('[data-ready="true"]').waitFor();
    await page.evaluate(MEASURE);
    await page.getByLabel("Article text").fill(source.join("\n"));
    await page.getByLabel("Direction").selectOption("hi-en");

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

    await page.getByRole("radio", { name: "Translation only" }).click();
    const toggleMs = await page.evaluate(() => {
      const button = document.querySelector(
        '[data-paragraph-index="250"] button[aria-pressed]',
      ) as HTMLButtonElement;
      return (
        window as unknown as { __measure: (action: () => void) => Promise<number> }
      ).__measure(() => button.click());
    });
    const viewModeMs = await page.evaluate(() => {
      const radio = [...document.querySelectorAll('[role="radio"]')].find(
        (candidate) => candidate.textContent === "Interleaved",
      ) as HTMLButtonElement;
      return (
        window as unknown as { __measure: (action: () => void) => Promise<number> }
      ).__measure(() => radio.click());
    });

    const staticPage = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await staticPage.addInitScript("window.__name = (fn) => fn;");
    await staticPage.setContent(
      "<!doctype html><html><head><meta charset=utf-8></head><body></body></html>",
    );
    await staticPage.evaluate(MEASURE);
    const staticRowsMs = await staticPage.evaluate(async (html) => {
      const started = performance.now();
      document.body.innerHTML = html;
      void document.body.offsetHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    }, staticHtml);
    const staticToggleMs = await staticPage.evaluate(() => {
      const row = document.querySelector('[data-paragraph-index="250"]') as HTMLElement;
      return (
        window as unknown as { __measure: (action: () => void) => Promise<number> }
      ).__measure(() => {
        const [first, second] = [row.children[0] as HTMLElement, row.children[1] as HTMLElement];
        row.insertBefore(second, first);
      });
    });
    const staticViewModeMs = await staticPage.evaluate(() =>
      (window as unknown as { __measure: (action: () => void) => Promise<number> }).__measure(
        () => {
          for (const row of document.querySelectorAll<HTMLElement>(".row"))
            row.style.gridTemplateColumns = "1fr";
        },
      ),
    );
    figures.push({
      rowsRatio: rowsMs / staticRowsMs,
      rowsMs,
      staticRowsMs,
      toggleMs,
      staticToggleMs,
      viewModeMs,
      staticViewModeMs,
    });
    await page.close();
    await staticPage.close();
  }
  const pick = (key: keyof ReaderFigures) => median(figures.map((figure) => figure[key]));
  return {
    rowsRatio: pick("rowsRatio"),
    rowsMs: pick("rowsMs"),
    staticRowsMs: pick("staticRowsMs"),
    toggleMs: pick("toggleMs"),
    staticToggleMs: pick("staticToggleMs"),
    viewModeMs: pick("viewModeMs"),
    staticViewModeMs: pick("staticViewModeMs"),
  };
}
