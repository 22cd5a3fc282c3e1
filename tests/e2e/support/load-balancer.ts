import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startNext } from "./app-server";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Debian's nginx binary, if installed (scripts/install-test-dependencies.sh installs it). */
export const NGINX_BINARY = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file));

export const NGINX_SKIP_REASON =
  "skipped: nginx is not installed (npm run test:setup installs Debian's nginx-core)";

/** An app instance whose process a test may kill with SIGKILL and start again on its port. */
export interface Instance {
  readonly url: string;
  readonly port: number;
  /** Resolves once /api/health answers. */
  start(): Promise<void>;
  /** SIGKILL, as a crash would; resolves when the process has exited. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

export function createInstance(env: Record<string, string>, port: number): Instance {
  let child: ChildProcess | undefined;
  let log = () => "";
  const url = `http://127.0.0.1:${port}`;
  const exited = (process: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) return resolve();
      process.once("exit", () => resolve());
    });
  return {
    url,
    port,
    async start() {
      const started = startNext(env, port);
      child = started.child;
      log = started.output;
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (started.child.exitCode !== null)
          throw new Error(`An app instance exited early:\n${log()}`);
        try {
          if ((await fetch(`${url}/api/health`)).ok) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`An instance did not start:\n${log()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async kill() {
      if (!child) return;
      const running = child;
      running.kill("SIGKILL");
      await exited(running);
    },
    async stop() {
      if (!child) return;
      const running = child;
      running.kill("SIGTERM");
      const timer = setTimeout(() => running.kill("SIGKILL"), 5_000);
      await exited(running);
      clearTimeout(timer);
    },
    output: () => log(),
  };
}

/** Settings every instance behind the balancer shares: one database, one Redis. */
export function sharedEnv(options: {
  databaseUrl: string;
  redisUrl: string;
  keyPrefix: string;
  ratePerMinute: number;
}): Record<string, string> {
  return {
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.keyPrefix,
    // Test runs leave no lasting keys in the shared Redis.
    REDIS_CACHE_TTL_SECONDS: "300",
    RATE_LIMIT_PER_MINUTE: String(options.ratePerMinute),
    // nginx is the one proxy in front; it appends the client's address to X-Forwarded-For.
    TRUST_PROXY: "1",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "dvibhashi-lb-")),
  };
}

export interface Nginx {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Runs nginx with deploy/nginx.conf, the documented configuration, pointed at loopback ports:
 * only the addresses change, and what nginx needs to run unprivileged in a scratch folder is
 * added (no daemon, pid and temp files there, logs to stderr).
 */
export async function startNginx(upstreamPorts: readonly number[]): Promise<Nginx> {
  if (!NGINX_BINARY) throw new Error(NGINX_SKIP_REASON);
  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-nginx-"));
  mkdirSync(path.join(folder, "temp"), { mode: 0o777 });
  const deployed = readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8");
  let servers = 0;
  const config = deployed
    .replace(/server app\d+:3000/g, () => `server 127.0.0.1:${upstreamPorts[servers++] ?? 0}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/worker_processes auto;/, "worker_processes 1;")
    .replace(
      /^http \{/m,
      [
        "daemon off;",
        `pid ${folder}/nginx.pid;`,
        "error_log stderr warn;",
        "http {",
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
          (kind) => `  ${kind}_temp_path ${folder}/temp/${kind};`,
        ),
      ].join("\n"),
    );
  if (servers !== upstreamPorts.length) {
    throw new Error(
      `deploy/nginx.conf names ${servers} upstream servers, not ${upstreamPorts.length}`,
    );
  }
  const file = path.join(folder, "nginx.conf");
  writeFileSync(file, config);
  const child = spawn(NGINX_BINARY, ["-p", folder, "-c", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${log}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        child.kill("SIGQUIT");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

/** One request of the mixed load, as the client saw it. */
export interface LoadRecord {
  operation: "translate" | "save" | "read";
  startedAt: number;
  endedAt: number;
  ok: boolean;
  status: number;
  detail?: string;
}

/** A document the server acknowledged with 201, and what was sent to it. */
export interface AcknowledgedSave {
  id: string;
  sent: { source: string; translation: string | null; engine: string }[];
}

const HINDI = [
  "नदी पर नया पुल खुला।",
  "लोगों ने खुशी जताई।",
  "बाज़ार में सब्ज़ियों के दाम बढ़ गए।",
  "किसानों ने कहा कि बारिश कम हुई।",
  "सरकार ने मदद का वादा किया।",
  "शहर में आज मौसम साफ़ रहा।",
];

/**
 * Bounded mixed load: `connections` clients, each in turn translating a short article, saving
 * it and reading a saved document back, until `durationMs` has passed. `during` runs alongside
 * (the kill and restart); the load goes on until `afterDuringMs` after it ends, so requests
 * after a restart are seen however long the restart took. Every request is recorded; saves
 * answered 201 are returned.
 */
export async function runMixedLoad(options: {
  url: string;
  connections: number;
  durationMs: number;
  during?: () => Promise<void>;
  afterDuringMs?: number;
}): Promise<{ records: LoadRecord[]; saves: AcknowledgedSave[] }> {
  const records: LoadRecord[] = [];
  const saves: AcknowledgedSave[] = [];
  let endAt = Date.now() + options.durationMs;
  const timed = async (
    operation: LoadRecord["operation"],
    send: () => Promise<{ ok: boolean; status: number; detail?: string }>,
  ) => {
    const startedAt = Date.now();
    let outcome: { ok: boolean; status: number; detail?: string };
    try {
      outcome = await send();
    } catch (error) {
      outcome = { ok: false, status: 0, detail: (error as Error).message };
    }
    records.push({ operation, startedAt, endedAt: Date.now(), ...outcome });
    return outcome.ok;
  };
  const client = async (index: number) => {
    let round = 0;
    while (Date.now() < endAt) {
      round += 1;
      // Distinct text per request, so the translation cache cannot answer every one.
      const paragraphs = [
        `${HINDI[(index + round) % HINDI.length] ?? ""} (${index}-${round})`,
        HINDI[(index * 7 + round) % HINDI.length] ?? "",
      ];
      let translated: { source: string; translation: string | null; engine: string }[] = [];
      const translatedOk = await timed("translate", async () => {
        const response = await fetch(`${options.url}/api/translate`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ paragraphs, source: "hi", target: "en", engine: "gloss" }),
        });
        const text = await response.text();
        if (response.status !== 200) return { ok: false, status: response.status, detail: text };
        const body = JSON.parse(text) as { paragraphs?: typeof translated };
        translated = body.paragraphs ?? [];
        const complete =
          translated.length === paragraphs.length &&
          translated.every((paragraph) => typeof paragraph.translation === "string");
        return { ok: complete, status: 200, detail: complete ? undefined : text };
      });
      if (translatedOk) {
        await timed("save", async () => {
          const sent = translated.map(({ source, translation, engine }) => ({
            source,
            translation,
            engine,
          }));
          const response = await fetch(`${options.url}/api/documents`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ source: "hi", target: "en", engine: "gloss", paragraphs: sent }),
          });
          const text = await response.text();
          if (response.status !== 201) return { ok: false, status: response.status, detail: text };
          saves.push({ id: (JSON.parse(text) as { id: string }).id, sent });
          return { ok: true, status: 201 };
        });
      }
      const target = saves[(index * 13 + round) % Math.max(1, saves.length)];
      if (target) {
        await timed("read", async () => {
          const response = await fetch(`${options.url}/api/documents/${target.id}`);
          const text = await response.text();
          if (response.status !== 200) return { ok: false, status: response.status, detail: text };
          const matches = sameParagraphs(JSON.parse(text), target.sent);
          return { ok: matches, status: 200, detail: matches ? undefined : text };
        });
      }
    }
  };
  await Promise.all([
    ...Array.from({ length: options.connections }, (_, index) => client(index)),
    options.during?.().then(() => {
      endAt = Math.max(endAt, Date.now() + (options.afterDuringMs ?? 0));
    }),
  ]);
  return { records, saves };
}

/** Whether a read document carries exactly the paragraphs that were saved. */
export function sameParagraphs(document: unknown, sent: AcknowledgedSave["sent"]): boolean {
  const paragraphs = (document as { paragraphs?: unknown[] } | null)?.paragraphs;
  if (!Array.isArray(paragraphs) || paragraphs.length !== sent.length) return false;
  return sent.every((expected, index) => {
    const got = paragraphs[index] as Partial<AcknowledgedSave["sent"][number]> | undefined;
    return (
      got?.source === expected.source &&
      got.translation === expected.translation &&
      got.engine === expected.engine
    );
  });
}
