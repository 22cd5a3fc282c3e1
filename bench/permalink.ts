/**
 * The permalink page (/d/:id) under load and its first-load JavaScript, beside a static file of
 * the same page's size served by the same server, and beside the permalink as it was before
 * (BENCH_BASELINE_ROOT: another built checkout, e.g. this branch's first commit) in the same run.
 *
 * `npm run bench:permalink`; BENCH_DURATION (seconds per case, default 10) and BENCH_ROUNDS
 * (default 3).
 */
import autocannon from "autocannon";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startAppServer, type AppServer } from "../tests/e2e/support/app-server";
import { firstLoadJs } from "./bundle-size";
import { saveSampleDocument } from "./http-load";
import { format, median, ratio } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");

interface PageFigures {
  requestsPerSecond: number;
  p50: number;
  errors: number;
}

async function load(url: string, duration: number, rounds: number): Promise<PageFigures> {
  const figures: PageFigures[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const result = await autocannon({ url, connections: 32, duration });
    figures.push({
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      errors: result.errors + result.timeouts + result.non2xx,
    });
  }
  return {
    requestsPerSecond: median(figures.map((figure) => figure.requestsPerSecond)),
    p50: median(figures.map((figure) => figure.p50)),
    errors: Math.max(...figures.map((figure) => figure.errors)),
  };
}

interface Measured {
  name: string;
  load: PageFigures;
  jsBytes?: number;
}

async function measureServer(
  name: string,
  server: AppServer,
  duration: number,
  rounds: number,
): Promise<Measured> {
  const id = await saveSampleDocument(server.url);
  const page = `${server.url}/d/${id}`;
  // Warm: the first request compiles and fills caches.
  for (let index = 0; index < 5; index += 1) await (await fetch(page)).text();
  const js = await firstLoadJs(server.url, `/d/${id}`);
  return { name, load: await load(page, duration, rounds), jsBytes: js.bytes };
}

export async function benchPermalink(duration: number, rounds: number, baselineRoot?: string) {
  const results: Measured[] = [];
  mkdirSync(path.join(ROOT, "public"), { recursive: true });
  const staticFile = path.join(ROOT, "public", "bench-permalink.html");
  const server = await startAppServer();
  let staticResult: Measured;
  try {
    // The baseline: the permalink's own HTML as a static file of the same server. It is
    // written before a second server starts, which lists public files at start.
    const id = await saveSampleDocument(server.url);
    writeFileSync(staticFile, await (await fetch(`${server.url}/d/${id}`)).text());
  } finally {
    await server.stop();
  }
  const current = await startAppServer();
  try {
    staticResult = {
      name: "static file of the permalink's HTML (baseline)",
      load: await load(`${current.url}/bench-permalink.html`, duration, rounds),
    };
    results.push(await measureServer("permalink now", current, duration, rounds));
  } finally {
    await current.stop();
    rmSync(staticFile, { force: true });
  }
  if (baselineRoot) {
    const before = await startAppServer({}, { root: baselineRoot });
    try {
      results.push(
        await measureServer("permalink before (first commit)", before, duration, rounds),
      );
    } finally {
      await before.stop();
    }
  }
  return { staticResult, results };
}

const yes = (pass: boolean) => (pass ? "met" : "**missed**");

export function permalinkSection(
  figures: Awaited<ReturnType<typeof benchPermalink>>,
  duration: number,
  rounds: number,
): string[] {
  const { staticResult, results } = figures;
  const now = results.find((result) => result.name === "permalink now");
  const before = results.find((result) => result.name.startsWith("permalink before"));
  const lines = [
    `## Permalink page (GET /d/:id, 12-paragraph sample, 32 connections, ${duration} s × ${rounds})`,
    "",
    "| case | requests/s | p50 ms | vs static | errors | first-load JS (gzip) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of [staticResult, ...results])
    lines.push(
      `| ${result.name} | ${format(result.load.requestsPerSecond, 0)} | ${format(result.load.p50)} | ${ratio(result.load.requestsPerSecond, staticResult.load.requestsPerSecond)} | ${result.load.errors} | ${result.jsBytes === undefined ? "" : `${format(result.jsBytes / 1024)} kB`} |`,
    );
  lines.push("");
  if (now && before)
    lines.push(
      `Targets: throughput ≥ 3× before: ${ratio(now.load.requestsPerSecond, before.load.requestsPerSecond)}, ${yes(now.load.requestsPerSecond >= 3 * before.load.requestsPerSecond)}; first-load JS ≤ 150 kB: ${yes((now.jsBytes ?? Infinity) <= 150 * 1024)}.`,
      "",
    );
  return lines;
}

async function main() {
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const figures = await benchPermalink(duration, rounds, process.env.BENCH_BASELINE_ROOT);
  console.log(JSON.stringify(figures));
  console.log(permalinkSection(figures, duration, rounds).join("\n"));
}

if (process.argv[1]?.endsWith("permalink.ts")) void main();
