/**
 * npm run bench:event-loop: does one expensive request freeze the server? Starts the production
 * server, measures /api/health's latency at rest (the baseline), then again while the worst
 * request of each endpoint runs, and the server's resident memory with 4 of them at once.
 * Targets (issue 12): health ≤ 100 ms while any of them runs; RSS < 400 MB with 4 at once.
 * Writes docs/event-loop-benchmark.md. BENCH_PROBES (default 20) sets probes per case.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "../tests/e2e/support/app-server";
import { sharedDirectory } from "../scripts/gloss-data/shared-directory";
import { treeRss } from "./memory";
import { format, median } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const PROBES = Number(process.env.BENCH_PROBES ?? 20);
const MB = 1024 * 1024;

const hindi = readFileSync(
  path.join(sharedDirectory(ROOT), "eval", "flores200-dev.hi.txt"),
  "utf8",
).slice(0, 99_000);
const tinyHindi = Array.from({ length: 1_000 }, (_, paragraph) =>
  Array.from({ length: 10 }, (_, index) => `राम ${paragraph} गया ${index}।`).join(" "),
);

/** The worst request of each endpoint, within the documented limits. */
const WORST: { name: string; path: string; body: unknown }[] = [
  {
    name: "translate: 'y. ' × 33,000 (gloss)",
    path: "/api/translate",
    body: { paragraphs: ["y. ".repeat(33_000)], source: "en", engine: "gloss" },
  },
  {
    name: "translate: 99 KB of Hindi news (gloss)",
    path: "/api/translate",
    body: { text: hindi, source: "hi", engine: "gloss" },
  },
  {
    name: "summarize: 10,000 tiny Hindi sentences",
    path: "/api/summarize",
    body: { paragraphs: tinyHindi, source: "hi", method: "extractive", translate: false },
  },
];

async function healthLatency(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/health`);
  await response.arrayBuffer();
  return performance.now() - started;
}

async function probe(url: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < count; index += 1) {
    latencies.push(await healthLatency(url));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

const send = (server: AppServer, path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });

async function main() {
  const lines: string[] = [];
  const log = (line = "") => {
    lines.push(line);
    console.log(line);
  };
  const server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "0" });
  try {
    // Warm up: the gloss workers load their dictionary on first use.
    await send(server, "/api/translate", { text: "नमस्ते।", engine: "gloss" });
    log("# Event loop under expensive requests");
    log();
    log(
      `Written by \`npm run bench:event-loop\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, Node ${process.version}. Latency of GET /api/health (${PROBES} probes, 100 ms apart) while one expensive request runs, beside the same probes at rest.`,
    );
    log();
    const baseline = await probe(server.url, PROBES);
    log(
      "| while running | health median (ms) | health max (ms) | request status | target ≤ 100 ms |",
    );
    log("| --- | --- | --- | --- | --- |");
    log(
      `| nothing (baseline) | ${format(median(baseline))} | ${format(Math.max(...baseline))} | — | ${median(baseline) <= 100 ? "met" : "**missed**"} |`,
    );
    for (const worst of WORST) {
      const request = send(server, worst.path, worst.body);
      const latencies = await probe(server.url, PROBES);
      const status = await request;
      log(
        `| ${worst.name} | ${format(median(latencies))} | ${format(Math.max(...latencies))} | ${status} | ${median(latencies) <= 100 ? "met" : "**missed**"} |`,
      );
    }
    log();
    // Four of the worst at once: peak resident memory of the server and its workers.
    let peak = treeRss(server.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 100);
    const four = [WORST[0], WORST[1], WORST[2], WORST[1]].map((worst) =>
      worst ? send(server, worst.path, worst.body) : Promise.resolve(0),
    );
    const during = await probe(server.url, PROBES);
    const statuses = await Promise.all(four);
    clearInterval(sampler);
    log(
      `Four at once (statuses ${statuses.join(", ")}; 503 is the heavy-work gate refusing with Retry-After): health median ${format(median(during))} ms, peak RSS of the server and its workers ${format(peak / MB, 0)} MB (target < 400 MB: ${peak < 400 * MB ? "met" : "**missed**"}).`,
    );
  } finally {
    await server.stop();
  }
  writeFileSync(path.join(ROOT, "docs", "event-loop-benchmark.md"), `${lines.join("\n")}\n`);
}

void main();
