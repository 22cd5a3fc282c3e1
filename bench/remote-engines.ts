/**
 * Remote engines end to end: a 60-paragraph article translated in the reader (real Chromium,
 * production server) through LibreTranslate- and OpenAI-shaped fixture servers that take 200 ms
 * per request and answer at most 2 at once (a third is refused with 429). The baseline is the
 * ideal for the requests the engine really sent: ⌈batches ÷ 2⌉ × 200 ms, and one request's
 * latency for the first paragraph. Beside the reader, each round measures the floor for any
 * reader on this machine (a page with no app posting the same request), the server alone, and
 * the reader and that floor again in a Chromium nobody watches through DevTools.
 *
 * `npm run bench:engines` prints the section; BENCH_ROUNDS (default 5) sets the rounds,
 * BENCH_TRACE=1 prints each round's timeline and BENCH_CHROME_TRACE=<folder> writes a Chromium
 * trace of each round.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import {
  startFixtureServer,
  type FixtureServer,
  type RecordedRequest,
} from "../tests/support/fixture-server";
import { libreTranslateFixture, openAIFixture, TEST_KEY } from "../tests/support/vendor-fixtures";
import { startAppServer } from "../tests/e2e/support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "../tests/e2e/support/browser";
import { format, median } from "./stats";
import { launchPipeBrowser, type PipeBrowser, type PipePage } from "./support/devtools-pipe";

const PARAGRAPHS = 60;
const LATENCY_MS = 200;
const CONCURRENCY = 2;
/** Every page's viewport, the reader's and the page with no app's, in both browsers. */
const VIEWPORT = { width: 1400, height: 1000 };

export interface RemoteEngineFigures {
  name: string;
  batches: number;
  idealMs: number;
  totalMs: number;
  firstMs: number;
  maxInFlight: number;
  refused: number;
  /** The same article posted straight to /api/translate (NDJSON), without a browser. */
  serverTotalMs: number;
  serverFirstMs: number;
  /** Requests the engine received for the server-only run (the same article's size). */
  serverBatches: number;
  /** The same request from a page with no app in it (minimalPage), the floor for a reader. */
  floorTotalMs: number;
  floorFirstMs: number;
  /** The reader and the page with no app again, in a browser with no network reporting on. */
  bareTotalMs: number;
  bareFirstMs: number;
  bareFloorTotalMs: number;
}

/**
 * 60 paragraphs of news copy, different each round so no cache answers for the engine. Each
 * other measure's copy (server only, the page with no app, the page nobody watches) differs
 * from the reader's in its brackets only, so it is as long: the article is about 9,900
 * characters, and a longer tag once took the server-only copy past two LibreTranslate requests
 * of 5,000 (three requests, two rounds, against the reader's one).
 */
function article(round: string, brackets: "()" | "[]" | "{}" | "<>" | "||" = "()"): string[] {
  const base = HINDI_SAMPLE.text.split("\n");
  return Array.from(
    { length: PARAGRAPHS },
    (_, index) =>
      `${base[index % base.length] ?? ""} ${brackets[0]}${round}-${index + 1}${brackets[1]}`,
  );
}

/** Epoch milliseconds in this process, comparable with the page's (`timeOrigin + now()`). */
const epochOf = (time: number | undefined) => performance.timeOrigin + (time ?? 0);

interface PageTrace {
  clickedAt: number;
  clickDoneAt: number;
  /** When the page called fetch for /api/translate. */
  fetchedAt: number;
  rowsAt: number;
  arrivals: number[];
  requests: { start: number; sent: number; firstByte: number; end: number }[];
  longTasks: { start: number; duration: number }[];
  /** When the page decoded a piece of the stream, and how many paragraphs it held. */
  decoded: [number, number][];
}

/**
 * The engine's side of a round, in ms from the click: when each request reached the fixture and
 * when it was answered, with its status; a probe (/languages, /models) is named by its path.
 */
function engineTimeline(requests: readonly RecordedRequest[], clickedAt: number): string {
  const at = (time: number | undefined) => Math.round(epochOf(time) - clickedAt);
  return requests
    .map(
      (request) =>
        `${isTranslation(request.url) ? "" : `${request.url.split("?")[0]} `}${request.status} in ${at(request.receivedAt)} out ${at(request.answeredAt)}`,
    )
    .join("; ");
}

/** One round's timeline from the click, in ms: where the time between click and rows goes. */
function printTrace(round: string, trace: PageTrace, sent: RecordedRequest[], totalMs: number) {
  const at = (time: number) => `${Math.round(time - trace.clickedAt)}`;
  const arrived = [...new Set(trace.arrivals.map(at))].join(",");
  console.error(
    [
      `trace ${round} (click at ${trace.clickedAt.toFixed(1)}): translation fetched ${at(trace.fetchedAt)} ms; click handler ${at(trace.clickDoneAt)} ms; rows in DOM ${at(trace.rowsAt)}`,
      `  /api/translate: ${trace.requests.map((request) => `start ${at(request.start)} sent ${at(request.sent)} first byte ${at(request.firstByte)} end ${at(request.end)}`).join("; ")}`,
      // Every request the engine saw, a probe (/languages, /models) named by its path.
      `  engine: ${engineTimeline(sent, trace.clickedAt)}`,
      `  stream decoded (at:paragraphs): ${trace.decoded.map(([time, count]) => `${at(time)}:${count}`).join(" ")}`,
      `  translations in DOM at: ${arrived}; every row seen in a frame at ${Math.round(totalMs)}`,
      `  long tasks (start+ms): ${trace.longTasks.map((task) => `${at(task.start)}+${Math.round(task.duration)}`).join(" ")}`,
    ].join("\n"),
  );
}

const isTranslation = (url: string) => url === "/translate" || url === "/chat/completions";

/** Posts the article to /api/translate as the reader does and times the NDJSON stream. */
async function measureServer(
  appUrl: string,
  engine: string,
  round: string,
  fixture: FixtureServer,
) {
  const before = fixture.requests.length;
  const pieces: [number, number][] = [];
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/translate`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/x-ndjson" },
    body: JSON.stringify({ paragraphs: article(round, "[]"), source: "hi", target: "en", engine }),
  });
  const reader = response.body?.getReader();
  let first = 0;
  let text = "";
  const decoder = new TextDecoder();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    const piece = decoder.decode(chunk.value, { stream: true });
    text += piece;
    if (first === 0 && text.includes('"translation":"')) first = performance.now() - started;
    pieces.push([performance.now() - started, (piece.match(/"index"/g) ?? []).length]);
  }
  const total = performance.now() - started;
  const batches = fixture.requests
    .slice(before)
    .filter((request) => isTranslation(request.url) && request.status !== 429).length;
  if (process.env.BENCH_TRACE) {
    console.error(
      [
        `trace ${round}-server (server only): first ${Math.round(first)} ms, end ${Math.round(total)} ms`,
        `  engine: ${engineTimeline(fixture.requests.slice(before), epochOf(started))}`,
        `  stream read (at:paragraphs): ${pieces.map(([time, count]) => `${Math.round(time)}:${count}`).join(" ")}`,
      ].join("\n"),
    );
  }
  return { first, total, batches };
}

/** tsx names functions through a helper the page does not have. */
const NAME_HELPER_SCRIPT = "window.__name = (fn) => fn;";

/** Records when the page's script decodes each piece of the translation stream. */
const DECODE_TRACE_SCRIPT = `{
  const decode = TextDecoder.prototype.decode;
  window.__decoded = [];
  TextDecoder.prototype.decode = function (value, options) {
    const text = decode.call(this, value, options);
    if (text.includes('"translation"'))
      window.__decoded.push([performance.timeOrigin + performance.now(), (text.match(/"index"/g) || []).length]);
    return text;
  };
}`;

/**
 * Answers the page's saves and summaries with 503 in the page, and notes when the translation
 * is fetched: only the translation's requests reach the fixture.
 */
const FETCH_STUB_SCRIPT = `{
  const original = window.fetch;
  window.fetch = function (resource, options) {
    const url = String(resource instanceof Request ? resource.url : resource);
    if (/\\/api\\/(documents|summarize)(\\?|$)/.test(url))
      return Promise.resolve(new Response("{}", { status: 503, headers: { "content-type": "application/json" } }));
    if (url.endsWith("/api/translate")) window.__fetchedAt = performance.timeOrigin + performance.now();
    return original.call(this, resource, options);
  };
}`;

/**
 * The minimal page's round, run in the page: builds its rows and button, clicks, and resolves
 * at the frame with every row's translation.
 */
const minimalPageRound = async ({
  paragraphs,
  engine,
}: {
  paragraphs: string[];
  engine: string;
}) => {
  const epoch = () => performance.timeOrigin + performance.now();
  const decoded: number[] = [];
  document.body.replaceChildren();
  const rows = paragraphs.map((text, index) => {
    const row = document.createElement("div");
    row.dataset.paragraphIndex = String(index);
    const hindi = document.createElement("p");
    hindi.lang = "hi";
    hindi.textContent = text;
    row.append(hindi);
    document.body.append(row);
    return row;
  });
  const button = document.createElement("button");
  button.textContent = "Translate";
  document.body.prepend(button);
  let first = 0;
  // A request that fails, or a stream that ends short, ends the round with an error.
  let failure: Error | undefined;
  button.addEventListener("click", () => {
    void (async () => {
      const response = await fetch("/api/translate", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
        body: JSON.stringify({ paragraphs, source: "hi", target: "en", engine }),
      });
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        decoded.push(epoch());
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          if (line.trim() === "") continue;
          const parsed = JSON.parse(line) as {
            index?: number;
            translation?: string;
            batch?: { index: number; translation: string }[];
          };
          // A line is one paragraph, a batch of them, or the end (no index).
          const arrived = parsed.batch ?? [parsed];
          for (const paragraph of arrived) {
            if (paragraph.index === undefined) continue;
            const english = document.createElement("p");
            english.lang = "en";
            english.textContent = paragraph.translation ?? "";
            rows[paragraph.index]?.append(english);
          }
        }
      }
      if (document.querySelectorAll('[data-paragraph-index] p[lang="en"]').length < rows.length)
        failure = new Error(`The stream ended short (HTTP ${response.status})`);
    })().catch((error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
    });
  });
  const clicked = performance.now();
  const clickedAt = epoch();
  button.click();
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (first === 0 && document.querySelector('[data-paragraph-index="0"] p[lang="en"]'))
        first = performance.now() - clicked;
      if (
        document.querySelectorAll('[data-paragraph-index] p[lang="en"]').length ===
        paragraphs.length
      )
        resolve();
      else if (failure) reject(failure);
      else requestAnimationFrame(check);
    };
    check();
  });
  return { first, total: performance.now() - clicked, clickedAt, decoded };
};

/**
 * The floor a reader page could reach on this machine: a same-origin page with no app in it
 * (the server's health answer, a document with no script) shows the article's 60 rows as plain
 * text; its Translate button posts the request the reader posts and writes each arriving
 * translation into its row's English line. Measured as the reader is, from the click to the
 * frame with every row, in the same browser against the same server and fixture.
 */
async function measureMinimalPage(
  browser: Browser,
  appUrl: string,
  engine: string,
  round: string,
  fixture: FixtureServer,
): Promise<{ first: number; total: number }> {
  const before = fixture.requests.length;
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript(NAME_HELPER_SCRIPT);
    await page.goto(`${appUrl}/api/health`);
    const times = await page.evaluate(minimalPageRound, {
      paragraphs: article(round, "{}"),
      engine,
    });
    if (process.env.BENCH_TRACE) {
      console.error(
        `trace ${round}-floor: engine ${engineTimeline(fixture.requests.slice(before), times.clickedAt)}; decoded ${times.decoded.map((time) => Math.round(time - times.clickedAt)).join(",")}; every row in a frame at ${Math.round(times.total)}`,
      );
    }
    return times;
  } finally {
    await page.close();
  }
}

/**
 * Resolves once the page has drawn a frame and then been idle: the work the form's input set
 * off (the engine's badge, the draft's save) is done, as it is by the time a reader who has
 * pasted an article reaches the Translate button.
 */
const settle = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1_000 })),
  );

/** What one reader round measured in the page: the times from the click, and its trace. */
interface ReaderRound {
  first: number;
  total: number;
  trace: PageTrace;
}

/**
 * The reader's round, run in the page once the article, engine and direction are set: clicks
 * Translate and resolves at the frame with every row's translation.
 */
const readerRound = async ({
  rows,
  tracing,
}: {
  rows: number;
  tracing: boolean;
}): Promise<ReaderRound> => {
  const epoch = () => performance.timeOrigin + performance.now();
  const translated = (index: number) =>
    (document.querySelector(`[data-paragraph-index="${index}"] p[lang="en"]`)?.textContent ??
      "") !== "";
  const button = [...document.querySelectorAll("button")].find(
    (candidate) => candidate.textContent === "Translate",
  );
  // The trace: when rows first exist, and when each row's translation reaches the DOM. Only
  // when tracing: the observer looks up every row still waiting after each of the reader's
  // updates (about 1 ms a round, measured), inside the time being measured.
  const arrivals: number[] = [];
  let rowsAt = 0;
  const observer = new MutationObserver(() => {
    const now = epoch();
    if (rowsAt === 0 && document.querySelector("[data-paragraph-index]")) rowsAt = now;
    for (let index = 0; index < rows; index += 1)
      if (arrivals[index] === undefined && translated(index)) arrivals[index] = now;
  });
  if (tracing)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const longTasks: { start: number; duration: number }[] = [];
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({
        start: performance.timeOrigin + entry.startTime,
        duration: entry.duration,
      });
  });
  tasks.observe({ type: "longtask" });
  const clickedAt = epoch();
  const started = performance.now();
  button?.click();
  const clickDoneAt = epoch();
  let first = 0;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (first === 0 && translated(0)) first = performance.now() - started;
      if (document.querySelectorAll('[data-paragraph-index] p[lang="en"]').length === rows)
        resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  const total = performance.now() - started;
  observer.disconnect();
  tasks.disconnect();
  const requests = performance
    .getEntriesByType("resource")
    .filter((entry) => entry.name.endsWith("/api/translate"))
    .map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        start: performance.timeOrigin + timing.startTime,
        sent: performance.timeOrigin + timing.requestStart,
        firstByte: performance.timeOrigin + timing.responseStart,
        end: performance.timeOrigin + timing.responseEnd,
      };
    });
  return {
    first,
    total,
    trace: {
      clickedAt,
      clickDoneAt,
      fetchedAt: (window as unknown as { __fetchedAt: number }).__fetchedAt,
      rowsAt,
      arrivals,
      requests,
      longTasks,
      decoded: (window as unknown as { __decoded?: [number, number][] }).__decoded ?? [],
    },
  };
};

async function measure(
  browser: Browser,
  bareBrowser: PipeBrowser,
  appUrl: string,
  fixture: FixtureServer,
  engineLabel: RegExp,
  round: string,
): Promise<Omit<RemoteEngineFigures, "name">> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript(NAME_HELPER_SCRIPT);
    // The trace: when the page's script decodes each piece of the translation stream. Only
    // when tracing, as it is script on the path being measured.
    if (process.env.BENCH_TRACE) await page.addInitScript(DECODE_TRACE_SCRIPT);
    // Nothing is saved or summarised: only the translation's requests reach the fixture. The
    // page answers those two itself: Playwright's request interception (page.route) holds every
    // request of the page, matched or not, until the page's main thread is free, so the
    // translation request would wait for the reader's first render (measured: a fetch followed
    // by 30 ms of script reached a local server 2 ms after the call without a route, 34 ms with
    // one on another path). No reader meets that wait outside a test harness.
    await page.addInitScript(FETCH_STUB_SCRIPT);
    await page.goto(appUrl);
    await page.locator('[data-ready="true"]').waitFor();
    const picker = page.getByLabel("Engine");
    const option = picker.locator("option", { hasText: engineLabel }).first();
    await option.waitFor({ state: "attached" });
    const engine = (await option.getAttribute("value")) ?? "";
    await picker.selectOption(engine);
    await page.getByLabel("Article text").fill(article(round).join("\n"));
    await page.getByLabel("Direction").selectOption("hi-en");
    await page.evaluate(settle);
    const before = fixture.requests.length;
    const pageRequests: [number, string][] = [];
    if (process.env.BENCH_TRACE)
      page.on("request", (request) =>
        pageRequests.push([epochOf(performance.now()), request.url().replace(appUrl, "")]),
      );
    const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profiler) {
      await profiler.send("Profiler.enable");
      await profiler.send("Profiler.setSamplingInterval", { interval: 200 });
      await profiler.send("Profiler.start");
    }
    // BENCH_CHROME_TRACE=<folder>: a Chromium trace of each round (every thread), for chrome://tracing.
    const chromeTrace = process.env.BENCH_CHROME_TRACE;
    if (chromeTrace)
      await browser.startTracing(page, {
        path: path.join(chromeTrace, `trace-${round.replace(/\W+/g, "-")}.json`),
        categories: [
          "devtools.timeline",
          // With the script stack behind each forced layout and style recalculation.
          "disabled-by-default-devtools.timeline",
          "disabled-by-default-devtools.timeline.stack",
          "v8.execute",
          "blink",
          "loading",
          "netlog",
          "toplevel",
        ],
      });
    const times = await page.evaluate(readerRound, {
      rows: PARAGRAPHS,
      tracing: process.env.BENCH_TRACE !== undefined,
    });
    if (chromeTrace) await browser.stopTracing();
    if (profiler) {
      const { profile } = await profiler.send("Profiler.stop");
      writeFileSync(
        path.join(
          process.env.BENCH_PROFILE ?? "",
          `browser-${round.replace(/\W+/g, "-")}.cpuprofile`,
        ),
        JSON.stringify(profile),
      );
    }
    if (process.env.BENCH_TRACE) {
      printTrace(round, times.trace, fixture.requests.slice(before), times.total);
      const at = (time: number) => Math.round(time - times.trace.clickedAt);
      console.error(
        `  page requests: ${pageRequests.map(([time, url]) => `${at(time)} ${url}`).join("; ")}`,
      );
    }
    // Requests the service accepted; a refused one (429) is retried and counted once.
    const sent = fixture.requests
      .slice(before)
      .filter((request) => isTranslation(request.url) && request.status !== 429);
    const batches = sent.length;
    const server = await measureServer(appUrl, engine, round, fixture);
    const floor = await measureMinimalPage(browser, appUrl, engine, round, fixture);
    const bare = await measureReaderOverPipe(bareBrowser, appUrl, engineLabel, round, fixture);
    const bareFloor = await measureMinimalPageOverPipe(bareBrowser, appUrl, engine, round);
    return {
      batches,
      idealMs: Math.ceil(batches / CONCURRENCY) * LATENCY_MS,
      totalMs: times.total,
      firstMs: times.first,
      maxInFlight: fixture.maxInFlight(),
      refused: 0,
      serverTotalMs: server.total,
      serverFirstMs: server.first,
      serverBatches: server.batches,
      floorTotalMs: floor.total,
      floorFirstMs: floor.first,
      bareTotalMs: bare.total,
      bareFirstMs: bare.first,
      bareFloorTotalMs: bareFloor.total,
    };
  } finally {
    await page.close();
  }
}

/** Runs `run` in a new page nobody watches, with the reader's viewport; closes it after. */
async function inBarePage<Result>(
  browser: PipeBrowser,
  run: (page: PipePage) => Promise<Result>,
): Promise<Result> {
  const page = await browser.newPage(VIEWPORT);
  try {
    await page.addInitScript(NAME_HELPER_SCRIPT);
    return await run(page);
  } finally {
    await page.close();
  }
}

/**
 * The reader's round in a page nobody watches (support/devtools-pipe.ts): the same page, the
 * same setup through the page's own controls, and the same round as under Playwright.
 */
async function measureReaderOverPipe(
  browser: PipeBrowser,
  appUrl: string,
  engineLabel: RegExp,
  round: string,
  fixture: FixtureServer,
): Promise<{ first: number; total: number }> {
  return inBarePage(browser, async (page) => {
    await page.addInitScript(FETCH_STUB_SCRIPT);
    await page.goto(appUrl);
    await page.waitFor(`document.querySelector('[data-ready="true"]')`);
    await page.evaluate(setUpReader, {
      engineLabel: engineLabel.source,
      text: article(round, "<>").join("\n"),
    });
    await page.evaluate(settle, undefined);
    const before = fixture.requests.length;
    const { first, total, trace } = await page.evaluate(readerRound, {
      rows: PARAGRAPHS,
      tracing: false,
    });
    if (process.env.BENCH_TRACE) {
      const at = (time: number) => Math.round(time - trace.clickedAt);
      console.error(
        `trace ${round}-bare: translation fetched ${at(trace.fetchedAt)} ms; click handler ${at(trace.clickDoneAt)} ms; engine ${engineTimeline(fixture.requests.slice(before), trace.clickedAt)}; first ${Math.round(first)}; every row in a frame at ${Math.round(total)}`,
      );
    }
    return { first, total };
  });
}

/** The page with no app (minimalPageRound) in a page nobody watches. */
async function measureMinimalPageOverPipe(
  browser: PipeBrowser,
  appUrl: string,
  engine: string,
  round: string,
): Promise<{ first: number; total: number }> {
  return inBarePage(browser, async (page) => {
    await page.goto(`${appUrl}/api/health`);
    const { first, total } = await page.evaluate(minimalPageRound, {
      paragraphs: article(round, "||"),
      engine,
    });
    return { first, total };
  });
}

/**
 * Picks the engine, fills the article and sets the direction through the form's own controls,
 * as a reader's input does (the value, then the event React listens for).
 */
const setUpReader = async ({ engineLabel, text }: { engineLabel: string; text: string }) => {
  const control = (label: string) =>
    [...document.querySelectorAll("label")].find(
      (candidate) => candidate.textContent?.trim() === label,
    )?.control;
  const set = (element: Element | null | undefined, value: string, event: string) => {
    if (!(element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement))
      throw new Error(`No form control for ${value.slice(0, 20)}`);
    const prototype = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  };
  // The engine list arrives after the page: its option is waited for, as Playwright would.
  const engineOption = () => {
    const engines = control("Engine");
    return engines instanceof HTMLSelectElement
      ? [...engines.options].find((option) =>
          new RegExp(engineLabel).test(option.textContent ?? ""),
        )
      : undefined;
  };
  const deadline = performance.now() + 30_000;
  while (engineOption() === undefined) {
    if (performance.now() > deadline) throw new Error(`No engine option matches ${engineLabel}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  set(control("Engine"), engineOption()?.value ?? "", "change");
  set(control("Article text"), text, "input");
  set(control("Direction"), "hi-en", "change");
};

export async function benchRemoteEngines(
  browser: Browser,
  rounds: number,
): Promise<RemoteEngineFigures[]> {
  const pace = { latencyMs: LATENCY_MS, maxConcurrent: CONCURRENCY };
  const libre = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }), pace);
  const chat = await startFixtureServer(openAIFixture(), pace);
  // BENCH_APP_ROOT=<a build of another commit>: the same bench against it, for a baseline.
  const root = process.env.BENCH_APP_ROOT;
  const server = await startAppServer(
    {
      LIBRETRANSLATE_URL: libre.url,
      LIBRETRANSLATE_API_KEY: TEST_KEY,
      OPENAI_BASE_URL: chat.url,
      OPENAI_API_KEY: TEST_KEY,
      OPENAI_MODEL: "fixture-model",
      // BENCH_PROFILE=<folder> with BENCH_SERVER_PRELOAD=<a profiling script>: a server profile.
      ...(process.env.BENCH_PROFILE && process.env.BENCH_SERVER_PRELOAD
        ? {
            NODE_OPTIONS: `--require=${process.env.BENCH_SERVER_PRELOAD}`,
            CPU_PROFILE_DIR: process.env.BENCH_PROFILE,
          }
        : {}),
    },
    root ? { root } : {},
  );
  const bareBrowser = launchPipeBrowser();
  try {
    const results: RemoteEngineFigures[] = [];
    const engines: [string, FixtureServer, RegExp][] = [
      ["LibreTranslate-shaped", libre, /LibreTranslate/],
      ["OpenAI-shaped (JSON mode)", chat, /OpenAI/],
    ];
    for (const [name, fixture, label] of engines) {
      const figures: Omit<RemoteEngineFigures, "name">[] = [];
      // One warm-up round: the engine's availability probe and the page's first compile.
      await measure(browser, bareBrowser, server.url, fixture, label, `${name}-warm`);
      for (let round = 0; round < rounds; round += 1) {
        const before = fixture.requests.length;
        const figure = await measure(
          browser,
          bareBrowser,
          server.url,
          fixture,
          label,
          `${name}-${round}`,
        );
        figure.refused = fixture.requests
          .slice(before)
          .filter((request) => request.status === 429).length;
        figures.push(figure);
      }
      const pick = (key: keyof Omit<RemoteEngineFigures, "name">) =>
        median(figures.map((figure) => figure[key]));
      results.push({
        name,
        batches: pick("batches"),
        idealMs: pick("idealMs"),
        totalMs: pick("totalMs"),
        firstMs: pick("firstMs"),
        serverTotalMs: pick("serverTotalMs"),
        serverFirstMs: pick("serverFirstMs"),
        serverBatches: pick("serverBatches"),
        floorTotalMs: pick("floorTotalMs"),
        floorFirstMs: pick("floorFirstMs"),
        bareTotalMs: pick("bareTotalMs"),
        bareFirstMs: pick("bareFirstMs"),
        bareFloorTotalMs: pick("bareFloorTotalMs"),
        maxInFlight: Math.max(...figures.map((figure) => figure.maxInFlight)),
        refused: Math.max(...figures.map((figure) => figure.refused)),
      });
    }
    return results;
  } finally {
    await bareBrowser.close();
    await server.stop();
    await libre.close();
    await chat.close();
  }
}

const yes = (pass: boolean) => (pass ? "met" : "**missed**");

export function remoteEnginesSection(results: RemoteEngineFigures[], rounds: number): string[] {
  const lines = [
    `## Remote engines end to end (${PARAGRAPHS} paragraphs, ${LATENCY_MS} ms per request, ${CONCURRENCY} at once)`,
    "",
    "| engine | requests | ideal ms (baseline) | reader: total ms | vs ideal | reader: first paragraph ms | server only: total / first ms (requests) | page with no app: total / first ms | no DevTools watching: reader total / first, page with no app total ms | most in flight | refused (429) | targets (reader) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const result of results)
    lines.push(
      `| ${result.name} | ${result.batches} | ${format(result.idealMs, 0)} | ${format(result.totalMs, 0)} | ${(result.totalMs / result.idealMs).toFixed(2)}× | ${format(result.firstMs, 0)} | ${format(result.serverTotalMs, 0)} / ${format(result.serverFirstMs, 0)} (${result.serverBatches}) | ${format(result.floorTotalMs, 0)} / ${format(result.floorFirstMs, 0)} | ${format(result.bareTotalMs, 0)} / ${format(result.bareFirstMs, 0)}, ${format(result.bareFloorTotalMs, 0)} | ${result.maxInFlight} | ${result.refused} | total ≤ 1.2× ideal: ${yes(result.totalMs <= 1.2 * result.idealMs)} (no DevTools watching: ${yes(result.bareTotalMs <= 1.2 * result.idealMs)}); first paragraph after one request: ${yes(result.firstMs < 2 * LATENCY_MS)} |`,
    );
  lines.push(
    "",
    `In the reader in Chromium against the production server: from the click on Translate to the first paragraph's translation in the DOM, and to all ${PARAGRAPHS}. "Server only" posts the same article straight to \`/api/translate\` and times its NDJSON stream (to the first translated paragraph, and to the end), which separates the engine path from the browser's share. "Page with no app" is the floor for any reader on this machine: a same-origin page with no script of its own shows the same article's rows as plain text, posts the same request from the same browser and writes each translation into its row as it arrives, timed the same way. "No DevTools watching" measures the reader and that page again in a second Chromium driven over its DevTools pipe with only the Page domain on (support/devtools-pipe.ts): Playwright turns on Chromium's network reporting in every page, which delays each request and each piece of the answer on its way to the page's script. The fixture servers speak each vendor's documented format on 127.0.0.1, hold every answer ${LATENCY_MS} ms and refuse a third concurrent request with 429. The ideal is ⌈requests ÷ ${CONCURRENCY}⌉ × ${LATENCY_MS} ms for the requests the engine really sent (one round's count; the same every round). "First paragraph after one request" means before a second request's latency could have passed (< 2 × ${LATENCY_MS} ms). Medians of ${rounds} rounds after a warm-up round; each round's article is new, so no cache answers. The machine is shared and noisy.`,
    "",
  );
  return lines;
}

async function main() {
  if (!HAS_CHROMIUM) {
    console.log("Skipped: /usr/bin/chromium is missing.");
    return;
  }
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const browser = await launchBrowser();
  try {
    const results = await benchRemoteEngines(browser, rounds);
    console.log(JSON.stringify(results));
    console.log(remoteEnginesSection(results, rounds).join("\n"));
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("remote-engines.ts")) void main();
