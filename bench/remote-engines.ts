/**
 * Remote engines end to end: a 60-paragraph article translated in the reader (real Chromium,
 * production server) through LibreTranslate- and OpenAI-shaped fixture servers that take 200 ms
 * per request and answer at most 2 at once (a third is refused with 429). The baseline is the
 * ideal for the requests the engine really sent: ⌈batches ÷ 2⌉ × 200 ms, and one request's
 * latency for the first paragraph.
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

const PARAGRAPHS = 60;
const LATENCY_MS = 200;
const CONCURRENCY = 2;

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
}

/**
 * 60 paragraphs of news copy, different each round so no cache answers for the engine. The
 * server-only run's copy differs from the reader's in its brackets only, so it is as long: the
 * article is about 9,900 characters, and a longer tag once took the server-only copy past two
 * LibreTranslate requests of 5,000 (three requests, two rounds, against the reader's one).
 */
function article(round: string, brackets: "()" | "[]" = "()"): string[] {
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

/** One round's timeline from the click, in ms: where the time between click and rows goes. */
function printTrace(round: string, trace: PageTrace, sent: RecordedRequest[], totalMs: number) {
  const at = (time: number) => `${Math.round(time - trace.clickedAt)}`;
  const arrived = [...new Set(trace.arrivals.map(at))].join(",");
  console.error(
    [
      `trace ${round} (click at ${trace.clickedAt.toFixed(1)}): translation fetched ${at(trace.fetchedAt)} ms; click handler ${at(trace.clickDoneAt)} ms; rows in DOM ${at(trace.rowsAt)}`,
      `  /api/translate: ${trace.requests.map((request) => `start ${at(request.start)} sent ${at(request.sent)} first byte ${at(request.firstByte)} end ${at(request.end)}`).join("; ")}`,
      // Every request the engine saw, a probe (/languages, /models) named by its path.
      `  engine: ${sent
        .map(
          (request) =>
            `${isTranslation(request.url) ? "" : `${request.url.split("?")[0]} `}${request.status} in ${at(epochOf(request.receivedAt))} out ${at(epochOf(request.answeredAt))}`,
        )
        .join("; ")}`,
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
    const at = (time: number | undefined) => Math.round((time ?? 0) - started);
    console.error(
      [
        `trace ${round}-server (server only): first ${Math.round(first)} ms, end ${Math.round(total)} ms`,
        `  engine: ${fixture.requests
          .slice(before)
          .map(
            (request) =>
              `${request.url.split("?")[0]} ${request.status} in ${at(request.receivedAt)} out ${at(request.answeredAt)}`,
          )
          .join("; ")}`,
        `  stream read (at:paragraphs): ${pieces.map(([time, count]) => `${Math.round(time)}:${count}`).join(" ")}`,
      ].join("\n"),
    );
  }
  return { first, total, batches };
}

async function measure(
  browser: Browser,
  appUrl: string,
  fixture: FixtureServer,
  engineLabel: RegExp,
  round: string,
): Promise<Omit<RemoteEngineFigures, "name">> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.addInitScript("window.__name = (fn) => fn;");
    // The trace: when the page's script decodes each piece of the translation stream. Only
    // when tracing, as it is script on the path being measured.
    if (process.env.BENCH_TRACE)
      await page.addInitScript(`{
        const decode = TextDecoder.prototype.decode;
        window.__decoded = [];
        TextDecoder.prototype.decode = function (value, options) {
          const text = decode.call(this, value, options);
          if (text.includes('"translation"'))
            window.__decoded.push([performance.timeOrigin + performance.now(), (text.match(/"index"/g) || []).length]);
          return text;
        };
      }`);
    // Nothing is saved or summarised: only the translation's requests reach the fixture. The
    // page answers those two itself: Playwright's request interception (page.route) holds every
    // request of the page, matched or not, until the page's main thread is free, so the
    // translation request would wait for the reader's first render (measured: a fetch followed
    // by 30 ms of script reached a local server 2 ms after the call without a route, 34 ms with
    // one on another path). No reader meets that wait outside a test harness.
    await page.addInitScript(`{
      const original = window.fetch;
      window.fetch = function (resource, options) {
        const url = String(resource instanceof Request ? resource.url : resource);
        if (/\\/api\\/(documents|summarize)(\\?|$)/.test(url))
          return Promise.resolve(new Response("{}", { status: 503, headers: { "content-type": "application/json" } }));
        if (url.endsWith("/api/translate")) window.__fetchedAt = performance.timeOrigin + performance.now();
        return original.call(this, resource, options);
      };
    }`);
    await page.goto(appUrl);
    await page.locator('[data-ready="true"]').waitFor();
    const picker = page.getByLabel("Engine");
    const option = picker.locator("option", { hasText: engineLabel }).first();
    await option.waitFor({ state: "attached" });
    const engine = (await option.getAttribute("value")) ?? "";
    await picker.selectOption(engine);
    await page.getByLabel("Article text").fill(article(round).join("\n"));
    await page.getByLabel("Direction").selectOption("hi-en");
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
    const times = await page.evaluate(
      async ({ rows, tracing }) => {
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
      },
      { rows: PARAGRAPHS, tracing: process.env.BENCH_TRACE !== undefined },
    );
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
    };
  } finally {
    await page.close();
  }
}

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
  try {
    const results: RemoteEngineFigures[] = [];
    const engines: [string, FixtureServer, RegExp][] = [
      ["LibreTranslate-shaped", libre, /LibreTranslate/],
      ["OpenAI-shaped (JSON mode)", chat, /OpenAI/],
    ];
    for (const [name, fixture, label] of engines) {
      const figures: Omit<RemoteEngineFigures, "name">[] = [];
      // One warm-up round: the engine's availability probe and the page's first compile.
      await measure(browser, server.url, fixture, label, `${name}-warm`);
      for (let round = 0; round < rounds; round += 1) {
        const before = fixture.requests.length;
        const figure = await measure(browser, server.url, fixture, label, `${name}-${round}`);
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
        maxInFlight: Math.max(...figures.map((figure) => figure.maxInFlight)),
        refused: Math.max(...figures.map((figure) => figure.refused)),
      });
    }
    return results;
  } finally {
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
    "| engine | requests | ideal ms (baseline) | reader: total ms | vs ideal | reader: first paragraph ms | server only: total / first ms (requests) | most in flight | refused (429) | targets (reader) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const result of results)
    lines.push(
      `| ${result.name} | ${result.batches} | ${format(result.idealMs, 0)} | ${format(result.totalMs, 0)} | ${(result.totalMs / result.idealMs).toFixed(2)}× | ${format(result.firstMs, 0)} | ${format(result.serverTotalMs, 0)} / ${format(result.serverFirstMs, 0)} (${result.serverBatches}) | ${result.maxInFlight} | ${result.refused} | total ≤ 1.2× ideal: ${yes(result.totalMs <= 1.2 * result.idealMs)}; first paragraph after one request: ${yes(result.firstMs < 2 * LATENCY_MS)} |`,
    );
  lines.push(
    "",
    `In the reader in Chromium against the production server: from the click on Translate to the first paragraph's translation in the DOM, and to all ${PARAGRAPHS}. "Server only" posts the same article straight to \`/api/translate\` and times its NDJSON stream (to the first translated paragraph, and to the end), which separates the engine path from the browser's share. The fixture servers speak each vendor's documented format on 127.0.0.1, hold every answer ${LATENCY_MS} ms and refuse a third concurrent request with 429. The ideal is ⌈requests ÷ ${CONCURRENCY}⌉ × ${LATENCY_MS} ms for the requests the engine really sent (one round's count; the same every round). "First paragraph after one request" means before a second request's latency could have passed (< 2 × ${LATENCY_MS} ms). Medians of ${rounds} rounds after a warm-up round; each round's article is new, so no cache answers. The machine is shared and noisy.`,
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
