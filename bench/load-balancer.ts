/**
 * npm run bench:load-balancer: two `npm start` instances behind Debian's nginx (running
 * deploy/nginx.conf) on one PostgreSQL database and one Redis, as tests/e2e/load-balancer.test.ts
 * sets them up. Measures throughput through nginx against one instance directly (the baseline,
 * measured in the same run), then the errors seen when one instance is killed with SIGKILL
 * under the mixed load and started again. Writes its section of docs/benchmarks.md.
 *
 * Needs TEST_DATABASE_URL and TEST_REDIS_URL (as .ci/run sets them) and nginx.
 * BENCH_DURATION (seconds per throughput case, default 10) and BENCH_ROUNDS (default 3).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createScratchDatabase, TEST_DATABASE_URL } from "../tests/support/databases";
import { TEST_REDIS_URL, uniqueKeyPrefix } from "../tests/support/redis";
import { freePort } from "../tests/e2e/support/app-server";
import {
  createInstance,
  NGINX_BINARY,
  runMixedLoad,
  sharedEnv,
  startNginx,
} from "../tests/e2e/support/load-balancer";
import { format, median, ratio } from "./stats";
import { measureLoad, type LoadCase } from "./support/load-case";

const ROOT = path.resolve(import.meta.dirname, "..");
const duration = Number(process.env.BENCH_DURATION ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const START_MARK = "<!-- load-balancer:start -->";
const END_MARK = "<!-- load-balancer:end -->";

const PARAGRAPHS = ["नदी पर नया पुल खुला।", "लोगों ने खुशी जताई।", "सरकार ने मदद का वादा किया।"];

async function throughput(options: LoadCase & { url: string }) {
  const measured = await measureLoad({ ...options, connections: CONNECTIONS, duration });
  return {
    requestsPerSecond: measured.requestsPerSecond,
    p50: measured.p50,
    // Anything but a 200 is an error here: these cases have no body check.
    errors: measured.unanswered + measured.incomplete,
  };
}

async function main() {
  if (!NGINX_BINARY || !TEST_DATABASE_URL || !TEST_REDIS_URL) {
    console.log(
      "Skipped: needs nginx (npm run test:setup), TEST_DATABASE_URL and TEST_REDIS_URL (see .ci/run).",
    );
    return;
  }
  const loadAtStart = os.loadavg()[0] ?? 0;
  const database = await createScratchDatabase();
  const env = sharedEnv({
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    keyPrefix: uniqueKeyPrefix("bench"),
    ratePerMinute: 0,
  });
  const ports = [await freePort(), await freePort()];
  const instances = ports.map((port) => createInstance(env, port));
  await Promise.all(instances.map((instance) => instance.start()));
  const nginx = await startNginx(ports);
  const [first] = instances;
  if (!first) throw new Error("no instance");
  const lines: string[] = [];
  try {
    const saved = (await (
      await fetch(`${first.url}/api/documents`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          source: "hi",
          target: "en",
          engine: "gloss",
          paragraphs: PARAGRAPHS.map((source) => ({
            source,
            translation: "(saved for the benchmark)",
            engine: "gloss:default",
          })),
        }),
      })
    ).json()) as { id: string };
    const cases = [
      { name: "GET /api/documents/:id (database read)", path: `/api/documents/${saved.id}` },
      {
        name: "POST /api/translate, cold cache (gloss)",
        method: "POST" as const,
        path: "/api/translate",
        body: (counter: number) =>
          JSON.stringify({
            paragraphs: PARAGRAPHS.map((paragraph) => `${paragraph} ${counter}`),
            engine: "gloss",
          }),
      },
    ];
    const figures = new Map<string, { rps: number[]; p50: number[]; errors: number }>();
    for (let round = 0; round < rounds; round += 1) {
      for (const entry of cases) {
        for (const [target, url] of [
          ["one instance directly (baseline)", first.url],
          ["nginx, two instances", nginx.url],
        ] as const) {
          const key = `${entry.name}\u0000${target}`;
          const measured = await throughput({ url, ...entry });
          const known = figures.get(key) ?? { rps: [], p50: [], errors: 0 };
          figures.set(key, {
            rps: [...known.rps, measured.requestsPerSecond],
            p50: [...known.p50, measured.p50],
            errors: known.errors + measured.errors,
          });
          console.log(`${entry.name} via ${target}: ${format(measured.requestsPerSecond)} req/s`);
        }
      }
    }

    let killStartedAt = 0;
    let killedAt = 0;
    let restartedAt = 0;
    const victim = instances[1];
    if (!victim) throw new Error("no second instance");
    const load = await runMixedLoad({
      url: nginx.url,
      connections: CONNECTIONS,
      durationMs: 20_000,
      afterDuringMs: 3_000,
      during: async () => {
        await new Promise((resolve) => setTimeout(resolve, 6_000));
        killStartedAt = Date.now();
        await victim.kill();
        killedAt = Date.now();
        await victim.start();
        restartedAt = Date.now();
      },
    });
    const failures = load.records.filter((record) => !record.ok);
    const inFlight = failures.filter(
      (record) => record.startedAt <= killedAt && record.endedAt >= killStartedAt,
    );
    const byOperation = (operation: string) =>
      failures.filter((record) => record.operation === operation).length;
    const elapsed =
      (Math.max(...load.records.map((record) => record.endedAt)) -
        Math.min(...load.records.map((record) => record.startedAt))) /
      1000;

    lines.push(
      START_MARK,
      "",
      "## Several instances behind nginx (`npm run bench:load-balancer`)",
      "",
      `Two \`npm start\` instances behind Debian's nginx ${nginxVersion()} running \`deploy/nginx.conf\`, one PostgreSQL database, one Redis; ${CONNECTIONS} connections, ${duration} s per case, median of ${rounds} rounds, autocannon; ${os.cpus().length} CPU cores shared with other work, so the two instances compete with each other and with nginx for the same cores. Measured ${new Date().toISOString().slice(0, 10)}.`,
      "",
      "| case | one instance directly (baseline), req/s | through nginx to two instances, req/s | ratio | p50 direct / nginx (ms) | errors |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const entry of cases) {
      const direct = figures.get(`${entry.name}\u0000one instance directly (baseline)`);
      const balanced = figures.get(`${entry.name}\u0000nginx, two instances`);
      if (!direct || !balanced) continue;
      lines.push(
        `| ${entry.name} | ${format(median(direct.rps))} | ${format(median(balanced.rps))} | ${ratio(median(balanced.rps), median(direct.rps))} | ${format(median(direct.p50), 0)} / ${format(median(balanced.p50), 0)} | ${direct.errors + balanced.errors} |`,
      );
    }
    lines.push(
      "",
      `**One instance killed (SIGKILL) and restarted under load.** Mixed load through nginx (translate a short article, save it, read a saved document; ${CONNECTIONS} connections) for ${format(elapsed, 0)} s: ${load.records.length} requests (${format(load.records.length / elapsed)} req/s), ${load.saves.length} saves acknowledged with 201. The instance was killed 6 s in and took ${format((restartedAt - killedAt) / 1000)} s to answer again. Errors: **${failures.length}** (translate ${byOperation("translate")}, save ${byOperation("save")}, read ${byOperation("read")}), of which ${inFlight.length} were requests in flight on the instance when it died. Every acknowledged save is checked to read back identically from both instances by \`tests/e2e/load-balancer.test.ts\`.`,
      "",
      `What the figures mean: here both instances and nginx run on the same two cores, which other work was using too (load average ${format(loadAtStart)} at the start of the run), so the absolute figures are low and only the ratio, measured in the same run, is meaningful. nginx to two instances is above one instance directly because two Node processes use both cores where one mostly uses one, despite the extra proxy hop; on separate hosts each instance would add its own cores. POST requests (translate, save) in flight on a dying instance fail, since nginx never re-sends a non-idempotent request that was already sent (a save must not be stored twice); reads in flight are retried on the other instance (\`proxy_next_upstream\`), and requests arriving while the instance is down go to the other one.`,
      "",
      END_MARK,
    );
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await nginx.stop();
    await database.drop();
  }
  const section = lines.join("\n");
  console.log(`\n${section}`);
  const file = path.join(ROOT, "docs", "benchmarks.md");
  const current = readFileSync(file, "utf8");
  const start = current.indexOf(START_MARK);
  const end = current.indexOf(END_MARK);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END_MARK.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  // The table as the repository's formatter writes it, so format:check stays green.
  spawnSync(path.join(ROOT, "node_modules/.bin/prettier"), ["--write", file], { stdio: "ignore" });
  console.log("\nwritten the load-balancer section of docs/benchmarks.md");
}

function nginxVersion(): string {
  // nginx -v writes its version to stderr.
  const answer = spawnSync(NGINX_BINARY ?? "nginx", ["-v"], { encoding: "utf8" });
  return /nginx\/([\d.]+)/.exec(`${answer.stderr}${answer.stdout}`)?.[1] ?? "";
}

void main();
