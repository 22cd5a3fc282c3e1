/**
 * npm run bench: measures the gloss engine, the HTTP API under load, the reader in Chromium,
 * the reader's first-load JavaScript and the server's memory, each as a median of several runs
 * beside a baseline measured in the same run, and writes docs/benchmarks.md.
 *
 * BENCH_DURATION (seconds per load case, default 20) and BENCH_ROUNDS (default 3) shorten it.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { HAS_CHROMIUM, launchBrowser } from "../tests/e2e/support/browser";
import { startAppServer } from "../tests/e2e/support/app-server";
import { createTranslateHandler } from "../app/api/translate/handler";
import { parseEnv } from "../lib/env";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { createAppServices, defaultEngineFactories } from "../lib/server/app-services";
import { firstLoadJs } from "./bundle-size";
import { benchGloss } from "./gloss-throughput";
import { benchHttp, fireRequests, saveSampleDocument } from "./http-load";
import { treeRss } from "./memory";
import { benchReader } from "./reader";
import { readerSection } from "./reader-report";
import { benchRemoteEngines, remoteEnginesSection } from "./remote-engines";
import { benchPermalink, permalinkSection } from "./permalink";
import { format, ratio } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const duration = Number(process.env.BENCH_DURATION ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const MB = 1024 * 1024;
const yes = (pass: boolean) => (pass ? "met" : "**missed**");

/** The translate API's answer for the sample article, computed in-process. */
async function translateAnswer(): Promise<string> {
  const handler = createTranslateHandler(() =>
    createAppServices(parseEnv({ RATE_LIMIT_PER_MINUTE: "0" }), defaultEngineFactories({})),
  );
  const response = await handler(
    new Request("http://localhost/api/translate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paragraphs: HINDI_SAMPLE.text.split("\n"), engine: "gloss" }),
    }),
  );
  return response.text();
}

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("No production build; building first…");
    execSync("npx next build", { cwd: ROOT, stdio: "inherit" });
  }
  const lines: string[] = [];
  const log = (line = "") => {
    lines.push(line);
    console.log(line);
  };

  log("# Benchmarks");
  log();
  log(
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), ${format(os.totalmem() / 1024 ** 3, 0)} GiB memory, Node ${process.version}.`,
  );
  log(
    `Every figure is a median of ${rounds} runs, beside a baseline measured in the same run; machines here are noisy, so compare ratios rather than absolute numbers across runs.`,
  );
  log();

  // 1. Gloss throughput
  const gloss = await benchGloss(Math.max(rounds, 5));
  log("## Gloss engine throughput (one core)");
  log();
  log(`| measure | sentences/s | vs baseline | target |`);
  log(`| --- | ---: | ---: | --- |`);
  log(
    `| gloss, ${gloss.data} (${gloss.sentences} lines) | ${format(gloss.glossPerSecond, 0)} | ${ratio(gloss.glossPerSecond, gloss.baselinePerSecond)} | ≥ 5,000: ${yes(gloss.glossPerSecond >= 5000)} |`,
  );
  log(
    `| baseline: normalise + segment + romanise the same lines | ${format(gloss.baselinePerSecond, 0)} | 1.00× | |`,
  );
  log();

  // 2. HTTP under load
  const staticDir = path.join(ROOT, "public");
  const createdPublic = !existsSync(staticDir);
  mkdirSync(staticDir, { recursive: true });
  const staticFile = path.join(staticDir, "bench-static.json");
  // The baseline: a static file as large as the translate answer, written before the server
  // starts (it lists public files at start), served by the same production server.
  const sample = await translateAnswer();
  writeFileSync(staticFile, sample);
  const server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "0" });
  const rssAfterStart = treeRss(server.pid);
  try {
    const documentId = await saveSampleDocument(server.url);
    const load = await benchHttp(server.url, "/bench-static.json", duration, rounds, documentId);
    const staticFigures = load[0];
    log(`## HTTP API under load (127.0.0.1, 32 connections, ${duration} s per case, autocannon)`);
    log();
    log(
      `12-paragraph article (the sample), gloss engine. The baseline is a static file of the same size (${sample.length.toLocaleString("en")} bytes) served by the same production server.`,
    );
    log();
    log(
      `| case | p50 ms | p99 ms | requests/s | vs static | errors | responses missing a paragraph |`,
    );
    log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
    for (const figures of load) {
      log(
        `| ${figures.name} | ${format(figures.p50)} | ${format(figures.p99)} | ${format(figures.requestsPerSecond, 0)} | ${ratio(figures.requestsPerSecond, staticFigures?.requestsPerSecond ?? 0)} | ${figures.errors} | ${figures.incomplete} |`,
      );
    }
    const warm = load.find((figures) => figures.name.includes("warm"));
    const cold = load.find((figures) => figures.name.includes("cold"));
    log();
    log(
      `Targets: warm throughput ≥ 50% of static: ${yes((warm?.requestsPerSecond ?? 0) >= 0.5 * (staticFigures?.requestsPerSecond ?? Infinity))}; cold p50 ≤ 30 ms: ${yes((cold?.p50 ?? Infinity) <= 30)}; errors 0 and every paragraph present: ${yes(load.every((figures) => figures.errors === 0 && figures.incomplete === 0))}.`,
    );
    log();

    // 3. First-load JS
    const reader = await firstLoadJs(server.url, "/");
    const floor = await firstLoadJs(server.url, "/no-such-page-for-the-benchmark");
    log("## First-load JavaScript (production build, gzip -9)");
    log();
    log(`| route | gzipped | files | vs baseline | target |`);
    log(`| --- | ---: | ---: | ---: | --- |`);
    log(
      `| reader (/) | ${format(reader.bytes / 1024)} kB | ${reader.files} | ${ratio(reader.bytes, floor.bytes)} | ≤ 150 kB: ${yes(reader.bytes <= 150 * 1024)} |`,
    );
    log(
      `| baseline: the 404 page (framework and layout only) | ${format(floor.bytes / 1024)} kB | ${floor.files} | 1.00× | |`,
    );
    log();

    // 4. Reader in Chromium
    if (HAS_CHROMIUM) {
      const browser = await launchBrowser();
      try {
        const figures = await benchReader(browser, server.url, Math.max(rounds, 5));
        for (const line of readerSection(figures)) log(line);
        const engines = await benchRemoteEngines(browser, Math.max(rounds, 5));
        for (const line of remoteEnginesSection(engines, Math.max(rounds, 5))) log(line);
      } finally {
        await browser.close();
      }
    } else {
      log(
        "## Reader in Chromium\n\nSkipped: /usr/bin/chromium is missing (`npm run test:setup` installs it).\n",
      );
    }

    // 5. Memory
    const before = treeRss(server.pid);
    const firstErrors = await fireRequests(server.url, 1_000, 1_000_000);
    const afterThousand = treeRss(server.pid);
    const moreErrors = await fireRequests(server.url, 9_000, 2_000_000);
    const afterTenThousand = treeRss(server.pid);
    log("## Server memory (RSS of the server process tree)");
    log();
    log(`| moment | RSS | vs after start |`);
    log(`| --- | ---: | ---: |`);
    log(`| after start (baseline) | ${format(rssAfterStart / MB)} MB | 1.00× |`);
    log(
      `| after the load runs above | ${format(before / MB)} MB | ${ratio(before, rssAfterStart)} |`,
    );
    log(
      `| after 1,000 more requests (all cache misses) | ${format(afterThousand / MB)} MB | ${ratio(afterThousand, rssAfterStart)} |`,
    );
    log(
      `| after 10,000 requests | ${format(afterTenThousand / MB)} MB | ${ratio(afterTenThousand, rssAfterStart)} |`,
    );
    log();
    log(
      `Growth from 1,000 to 10,000 requests: ${format((afterTenThousand - afterThousand) / MB)} MB against a cache bound of ${process.env.TRANSLATION_CACHE_MB ?? 32} MB; errors: ${firstErrors + moreErrors}. Targets: ≤ 300 MB: ${yes(afterTenThousand <= 300 * MB)}; no growth beyond the cache's bound: ${yes(afterTenThousand - afterThousand <= Number(process.env.TRANSLATION_CACHE_MB ?? 32) * MB)}.`,
    );
    log();
  } finally {
    await server.stop();
    rmSync(staticFile, { force: true });
    if (createdPublic) rmSync(staticDir, { recursive: true, force: true });
  }

  // 6. The permalink page, on servers of its own (BENCH_BASELINE_ROOT adds the old build).
  const permalink = await benchPermalink(
    Math.min(duration, 10),
    rounds,
    process.env.BENCH_BASELINE_ROOT,
  );
  for (const line of permalinkSection(permalink, Math.min(duration, 10), rounds)) log(line);

  const notes = path.join(ROOT, "docs", "benchmarks-notes.md");
  if (existsSync(notes)) lines.push("", readFileSync(notes, "utf8").trim());
  // Sections other benches write (`<!-- name:start -->` … `<!-- name:end -->`: the load
  // balancer, reader speed) are kept as they are; this run does not measure them.
  const output = path.join(ROOT, "docs", "benchmarks.md");
  const previous = existsSync(output) ? readFileSync(output, "utf8") : "";
  for (const kept of previous.matchAll(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g))
    lines.push("", kept[0]);
  writeFileSync(output, `${lines.join("\n")}\n`);
  console.log("\nwritten docs/benchmarks.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
