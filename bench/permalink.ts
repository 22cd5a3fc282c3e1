/**
 * The permalink page (/d/:id) under load and its first-load JavaScript, beside a static file of
 * the same page's HTML served by the same server, and beside the permalink as it was before
 * (BENCH_BASELINE_ROOT: another built checkout, e.g. this branch's first commit) in the same run,
 * the cases taking turns round by round. The permalink is also measured as a browser asks for it
 * (gzip), and the app's 404 page beside it as the floor of a page the App Router renders.
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

async function load(
  url: string,
  duration: number,
  rounds: number,
  notFoundExpected = false,
  headers: Record<string, string> = {},
): Promise<PageFigures> {
  const figures: PageFigures[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const result = await autocannon({ url, connections: 32, duration, headers });
    figures.push({
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      // The not-found case answers 404 by design; only other statuses count against it.
      errors:
        result.errors +
        result.timeouts +
        (notFoundExpected ? result.non2xx - result["4xx"] : result.non2xx),
    });
  }
  return {
    requestsPerSecond: median(figures.map((figure) => figure.requestsPerSecond)),
    p50: median(figures.map((figure) => figure.p50)),
    errors: Math.max(...figures.map((figure) => figure.errors)),
  };
}

/** First-load JS of the other pages of one server: the home reader and a 404 (the floor). */
interface OtherPagesJs {
  home: number;
  notFound: number;
}

interface Measured {
  name: string;
  load: PageFigures;
  jsBytes?: number;
  others?: OtherPagesJs;
}

/**
 * Runs the cases round-robin (static, now, before, static, now, …) with every server up at
 * once, so a burst of load from elsewhere on the machine falls on all of them alike.
 */
export async function benchPermalink(duration: number, rounds: number, baselineRoot?: string) {
  mkdirSync(path.join(ROOT, "public"), { recursive: true });
  const staticFile = path.join(ROOT, "public", "bench-permalink.html");
  const first = await startAppServer();
  try {
    // The baseline: the permalink's own HTML as a static file of the same server. It is
    // written before the measured server starts, which lists public files at start.
    const id = await saveSampleDocument(first.url);
    writeFileSync(staticFile, await (await fetch(`${first.url}/d/${id}`)).text());
  } finally {
    await first.stop();
  }
  const servers: { name: string; server: AppServer }[] = [];
  try {
    servers.push({ name: "permalink now", server: await startAppServer() });
    if (baselineRoot)
      servers.push({
        name: "permalink before (first commit)",
        server: await startAppServer({}, { root: baselineRoot }),
      });
    const cases: {
      name: string;
      url: string;
      jsBytes?: number;
      others?: OtherPagesJs;
      notFoundExpected?: boolean;
      headers?: Record<string, string>;
    }[] = [
      {
        name: "static file of the permalink's HTML (baseline)",
        url: `${servers[0]?.server.url}/bench-permalink.html`,
      },
      {
        // The smallest page the app renders per request (root layout, header, proxy, CSP
        // nonce): what any dynamic page of this app costs at least, beside the permalink.
        name: "404 page, same server (floor for a rendered page)",
        url: `${servers[0]?.server.url}/no-such-page-for-the-benchmark`,
        notFoundExpected: true,
      },
    ];
    for (const { name, server } of servers) {
      const id = await saveSampleDocument(server.url);
      const page = `${server.url}/d/${id}`;
      // Warm: the first requests compile and fill caches.
      for (let index = 0; index < 5; index += 1) await (await fetch(page)).text();
      cases.push({
        name,
        url: page,
        jsBytes: (await firstLoadJs(server.url, `/d/${id}`)).bytes,
        others: {
          home: (await firstLoadJs(server.url, "/")).bytes,
          notFound: (await firstLoadJs(server.url, "/no-such-page-for-the-benchmark")).bytes,
        },
      });
    }
    // What a browser asks for: the page gzipped (autocannon asks for no encoding otherwise). The
    // kept responses are compressed per response, since each carries its own nonce.
    const nowServer = servers[0]?.server;
    if (nowServer) {
      const id = await saveSampleDocument(nowServer.url);
      const gzip = { "accept-encoding": "gzip, deflate, br" };
      for (let index = 0; index < 5; index += 1)
        await (await fetch(`${nowServer.url}/d/${id}`, { headers: gzip })).text();
      cases.push({ name: "permalink now, gzip", url: `${nowServer.url}/d/${id}`, headers: gzip });
    }
    const figures = new Map<string, PageFigures[]>();
    for (let round = 0; round < rounds; round += 1)
      for (const entry of cases) {
        const list = figures.get(entry.name) ?? [];
        list.push(await load(entry.url, duration, 1, entry.notFoundExpected, entry.headers));
        figures.set(entry.name, list);
      }
    const measured = cases.map((entry): Measured => {
      const list = figures.get(entry.name) ?? [];
      return {
        name: entry.name,
        jsBytes: entry.jsBytes,
        others: entry.others,
        load: {
          requestsPerSecond: median(list.map((figure) => figure.requestsPerSecond)),
          p50: median(list.map((figure) => figure.p50)),
          errors: Math.max(...list.map((figure) => figure.errors)),
        },
      };
    });
    const [staticResult, ...results] = measured;
    if (!staticResult) throw new Error("no cases");
    return { staticResult, results };
  } finally {
    for (const { server } of servers) await server.stop();
    rmSync(staticFile, { force: true });
  }
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
  lines.push(
    "",
    "| server | first-load JS: permalink | home reader (/) | 404 page |",
    "| --- | ---: | ---: | ---: |",
  );
  for (const result of results.filter((entry) => entry.others !== undefined))
    lines.push(
      `| ${result.name} | ${format((result.jsBytes ?? 0) / 1024)} kB | ${format((result.others?.home ?? 0) / 1024)} kB | ${format((result.others?.notFound ?? 0) / 1024)} kB |`,
    );
  lines.push("");
  if (now && before)
    lines.push(
      `Targets: throughput ≥ 3× before: ${ratio(now.load.requestsPerSecond, before.load.requestsPerSecond)}, ${yes(now.load.requestsPerSecond >= 3 * before.load.requestsPerSecond)}; first-load JS ≤ 150 kB: ${yes((now.jsBytes ?? Infinity) <= 150 * 1024)}; home reader ≤ 150 kB: ${yes((now.others?.home ?? Infinity) <= 150 * 1024)}.`,
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
