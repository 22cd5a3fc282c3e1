/**
 * npm run bench:reading-aids: the reading aids in Chromium against the built app.
 *
 * - Word popover, warm: from a click on a word (looked up once before) until its meanings are
 *   laid out. Baseline: appending a popover of the same size as static HTML in the same page.
 * - Romanised line on 500 paragraphs, what a reader feels (as `npm run bench:reader` measures
 *   the reader): a real click on the toggle with paragraph 250 on screen, timed from the click
 *   event to a task queued from the next animation frame (after that frame's style, layout and
 *   paint), and checked at that moment: every row on screen must show its line. The first
 *   switch-on of a freshly opened reader (nothing romanised yet) is reported apart from the
 *   median of 9 later ones. Baseline: a static page of the same 500 rows whose lines are in the
 *   HTML, shown by one class on the body. BENCH_BASELINE_ROOT names another built checkout
 *   (e.g. main) measured in the same run as the "before" column.
 *
 * Medians throughout, each figure beside its baselines measured in the same run.
 */
import type { Browser, Page } from "playwright-core";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { romanizeHindi } from "../lib/transliteration/hindi-romanization";
import { startAppServer } from "../tests/e2e/support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "../tests/e2e/support/browser";
import { answerReaderRequests } from "./reader";
import { format, median, ratio } from "./stats";

const ROWS = 500;
/** Fresh readers whose first switch-on is timed; the median is reported. */
const OPENINGS = 3;
/** Clicks per reader for the median of later switch-ons (and the popover's warm opens). */
const CLICKS = 9;
/** The row scrolled to the middle of the screen: the middle of the article. */
const ROW = 250;
const POPOVER_LIMIT_MS = 100;
const ROMANIZED_LIMIT_MS = 200;
const TOGGLE = 'button:text-is("Romanised line")';

function document500() {
  const base = HINDI_SAMPLE.text.split("\n");
  const source = Array.from(
    { length: ROWS },
    (_, index) => `${base[index % base.length] ?? ""} (${index + 1})`,
  );
  const target = source.map(
    (_, index) => `English rendering of paragraph ${index + 1}. The government made a plan.`,
  );
  return { source, target };
}

type Measured = { __measure: (action: () => void, done: () => boolean) => Promise<number> };

/** In-page: run an action, wait (frame by frame) until `done`, force layout; milliseconds. */
const MEASURE = `window.__measure = async (action, done) => {
  const started = performance.now();
  action();
  await new Promise((resolve) => { const check = () => done() ? resolve() : setTimeout(check, 0); check(); });
  void document.body.offsetHeight;
  return performance.now() - started;
};`;

/**
 * In-page: what a reader feels after a trusted click (see bench/reader.ts), plus whether every
 * row on screen showed its romanised line at that moment (`__linesShown`).
 */
const FEEL = `window.__feel = [];
window.__linesShown = () => {
  const rows = [...document.querySelectorAll("[data-paragraph-index], .static-row")].filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  return rows.length > 0 && rows.every((row) => {
    const line = row.querySelector('[data-romanized-sentence], .line');
    return line !== null && line.getBoundingClientRect().height > 0;
  });
};
document.addEventListener("click", (event) => {
  if (!event.isTrusted) return;
  const clicked = event.timeStamp;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () =>
      window.__feel.push({ ms: performance.now() - clicked, shown: window.__linesShown() });
    channel.port2.postMessage(0);
  });
}, true);`;

interface Felt {
  ms: number;
  shown: boolean;
}

/** Clicks `selector` with a real mouse click; resolves with the felt time and the check. */
async function feel(page: Page, selector: string): Promise<Felt> {
  const before = await page.evaluate(() => (window as unknown as { __feel: Felt[] }).__feel.length);
  await page.locator(selector).first().click();
  await page.waitForFunction(
    (count) => (window as unknown as { __feel: Felt[] }).__feel.length > count,
    before,
  );
  // Two more frames so the next click does not land on this one's trailing work.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(
    () => (window as unknown as { __feel: Felt[] }).__feel.at(-1) ?? { ms: NaN, shown: false },
  );
}

/**
 * Puts row ROW in the middle of the screen and waits until the rows on screen are full rows
 * (sentences in spans): a reader looking at them sees what came near the screen a moment ago,
 * not the plain text of rows far away (components/reader/row-presence.ts).
 */
async function rowOnScreen(page: Page) {
  await page.evaluate(async (row) => {
    document.getElementById(`p-${row}`)?.scrollIntoView({ block: "center" });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, ROW);
  await rowsOnScreenFull(page);
}

/**
 * The reader's toggle is in the bar above the rows, which scrolls away: a reader scrolls up to
 * it, and the rows then on screen have come near by the time they click. Playwright would
 * scroll and click in one go, timing a frame a reader never sees.
 */
async function toggleOnScreen(page: Page) {
  await page.locator(TOGGLE).first().scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await rowsOnScreenFull(page);
}

async function rowsOnScreenFull(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-paragraph-index]")]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      })
      .every((row) => row.querySelector("[data-sentence]") !== null),
  );
}

async function openReader(page: Page, url: string, source: string[], target: string[]) {
  const ndjson = `${source
    .map((text, index) =>
      JSON.stringify({
        index,
        source: text,
        translation: target[index],
        engine: "gloss:default",
        cached: false,
        fallback: false,
        sentences: [{ source: [0, text.length], target: [0, target[index]?.length ?? 0] }],
      }),
    )
    .join("\n")}\n${JSON.stringify({ done: true, count: ROWS, failed: 0 })}\n`;
  await page.addInitScript("window.__name = (fn) => fn;");
  await page.addInitScript(FEEL);
  // The line starts off in every fresh page.
  await page.addInitScript("localStorage.removeItem('dvibhashi.romanization');");
  await answerReaderRequests(page, ndjson);
  await page.goto(url);
  await page.locator('[data-ready="true"]').waitFor();
  await page.evaluate(MEASURE);
  await page.getByLabel("Article text").fill(source.join("\n"));
  await page.getByLabel("Direction").selectOption("hi-en");
  await page.getByRole("button", { name: "Translate", exact: true }).click();
  await page.getByText(`${ROWS} of ${ROWS} paragraphs`).waitFor({ timeout: 120_000 });
}

interface RomanizedFigures {
  /** Median over fresh readers of the first switch-on. */
  firstMs: number;
  /** Median of the later switch-ons (median over readers of each reader's median). */
  onMs: number;
  offMs: number;
  /** Whether every timed frame showed the line on every row on screen. */
  allShown: boolean;
  /** How many timed frames did not. */
  incomplete: number;
}

/** The romanised line in the reader at `url`: first switch-on, then later ones, on screen. */
async function benchRomanizedLine(browser: Browser, url: string): Promise<RomanizedFigures> {
  const { source, target } = document500();
  const firsts: number[] = [];
  const ons: number[] = [];
  const offs: number[] = [];
  let allShown = true;
  let incomplete = 0;
  for (let opening = 0; opening < OPENINGS; opening += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openReader(page, url, source, target);
    // The reader was read down to its middle first, so rows far from the top came near once.
    await rowOnScreen(page);
    await toggleOnScreen(page);
    const first = await feel(page, TOGGLE);
    firsts.push(first.ms);
    allShown &&= first.shown;
    if (!first.shown) incomplete += 1;
    const on: number[] = [];
    const off: number[] = [];
    for (let click = 0; click < CLICKS; click += 1) {
      off.push((await feel(page, TOGGLE)).ms);
      await toggleOnScreen(page);
      const felt = await feel(page, TOGGLE);
      on.push(felt.ms);
      allShown &&= felt.shown;
      if (!felt.shown) incomplete += 1;
    }
    ons.push(median(on));
    offs.push(median(off));
    await page.close();
  }
  return {
    firstMs: median(firsts),
    onMs: median(ons),
    offMs: median(offs),
    allShown,
    incomplete,
  };
}

/** The same 500 rows as static HTML, their lines in the page and shown by a class. */
async function benchStaticLine(browser: Browser): Promise<number> {
  const { source, target } = document500();
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const rows = source
    .map(
      (text, index) =>
        `<div class="static-row" id="p-${index}"><div class="cells"><p lang="hi">${escape(text)}<span class="line">${escape(romanizeHindi(text, "hinglish"))}</span></p><p lang="en">${escape(target[index] ?? "")}</p></div></div>`,
    )
    .join("");
  const html = `<!doctype html><html><head><meta charset=utf-8><style>
body{font:16px/1.6 sans-serif;margin:0 auto;max-width:1200px}
.static-row{content-visibility:auto;contain-intrinsic-size:auto 9rem;padding:12px}
.cells{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
.line{display:none;font-size:.85em}
body.romanized .line{display:block}
</style></head><body><nav style="position:sticky;top:0;z-index:1;background:#fff">
<button type="button" id="toggle">Romanised line</button></nav><main>${rows}</main>
<script>document.getElementById("toggle").addEventListener("click", () => document.body.classList.toggle("romanized"));</script>
</body></html>`;
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.setContent(html);
  await page.evaluate(FEEL);
  await rowOnScreen(page);
  const on: number[] = [];
  for (let click = 0; click < CLICKS; click += 1) {
    on.push((await feel(page, "#toggle")).ms);
    await feel(page, "#toggle");
  }
  await page.close();
  return median(on);
}

/** Word popover, warm, in the reader at `url`, beside a static popover of the same HTML. */
async function benchPopover(browser: Browser, url: string) {
  const { source, target } = document500();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await openReader(page, url, source, target);
  const word = page.locator('[data-paragraph-index="3"] p[lang="en"] [data-sentence="0"]');
  await word.scrollIntoViewIfNeeded();
  const openPopover = () =>
    page.evaluate(() => {
      const sentence = document.querySelector(
        '[data-paragraph-index="3"] p[lang="en"] [data-sentence="0"]',
      ) as HTMLElement;
      const text = sentence.firstChild as Text;
      const at = (text.textContent ?? "").indexOf("government");
      const range = document.createRange();
      range.setStart(text, at + 2);
      range.setEnd(text, at + 3);
      const rect = range.getBoundingClientRect();
      return (window as unknown as Measured).__measure(
        () =>
          sentence.dispatchEvent(
            new MouseEvent("click", {
              bubbles: true,
              clientX: rect.left + 1,
              clientY: rect.top + rect.height / 2,
            }),
          ),
        () => document.querySelector("[data-word-popover] li") !== null,
      );
    });
  const cold = await openPopover();
  const warm: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < CLICKS; round += 1) {
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("[data-word-popover]"));
    warm.push(await openPopover());
    const html = await page.evaluate(
      () => document.querySelector("[data-word-popover]")?.outerHTML ?? "",
    );
    baseline.push(
      await page.evaluate((markup) => {
        const host = document.createElement("div");
        document.body.append(host);
        return (window as unknown as Measured)
          .__measure(
            () => (host.innerHTML = markup),
            () => true,
          )
          .finally(() => host.remove());
      }, html),
    );
  }
  await page.close();
  return { warmMs: median(warm), baselineMs: median(baseline), coldMs: cold };
}

async function main() {
  if (!HAS_CHROMIUM) throw new Error("Chromium is needed: /usr/bin/chromium.");
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  const browser = await launchBrowser();
  try {
    // The static page first: it is quick, and a broken page fails the run before the long part.
    const staticMs = await benchStaticLine(browser);
    let before: RomanizedFigures | undefined;
    if (baselineRoot) {
      const baseline = await startAppServer({}, { root: baselineRoot });
      try {
        before = await benchRomanizedLine(browser, baseline.url);
        console.log(JSON.stringify({ before }));
      } finally {
        await baseline.stop();
      }
    }
    const server = await startAppServer();
    let now: RomanizedFigures;
    let popover: Awaited<ReturnType<typeof benchPopover>>;
    try {
      now = await benchRomanizedLine(browser, server.url);
      popover = await benchPopover(browser, server.url);
    } finally {
      await server.stop();
    }

    console.log("Reading aids in Chromium (medians)");
    console.log(
      `  word popover, warm:        ${format(popover.warmMs)} ms   static baseline ${format(popover.baselineMs)} ms (${ratio(popover.warmMs, popover.baselineMs)})   cold first open ${format(popover.coldMs)} ms   limit ${POPOVER_LIMIT_MS} ms`,
    );
    const row = (name: string, key: "firstMs" | "onMs" | "offMs") =>
      `  romanised line, ${name}: ${format(now[key])} ms${before ? `   before ${format(before[key])} ms (${ratio(now[key], before[key])})` : ""}   static page ${format(staticMs)} ms (${ratio(now[key], staticMs)})`;
    console.log(row("first switch-on", "firstMs"));
    console.log(row("switch-on      ", "onMs"));
    console.log(row("switch-off     ", "offMs"));
    console.log(
      `  every row on screen showed its line at the timed frame: ${now.allShown} (${now.incomplete} of ${OPENINGS * (CLICKS + 1)} frames did not)${before ? `; before: ${before.allShown}` : ""}   limit ${ROMANIZED_LIMIT_MS} ms`,
    );
    console.log(JSON.stringify({ popover, romanizedLine: now, before, staticMs }));
    if (
      popover.warmMs > POPOVER_LIMIT_MS ||
      now.onMs > ROMANIZED_LIMIT_MS ||
      now.firstMs > ROMANIZED_LIMIT_MS ||
      !now.allShown
    )
      process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

void main();
