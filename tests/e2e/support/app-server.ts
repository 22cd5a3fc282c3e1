import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const NEXT_BIN_IN_ROOT = path.join("node_modules", "next", "dist", "bin", "next");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  url: string;
  /** Process id of the server, for memory readings. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs `next start` in a child process, like `next start` with `spawn`, and waits for health. */
export function startNext(
  env: Record<string, string>,
  port: number,
  root = ROOT,
): { child: ChildProcess; output: () => string } {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (npm test does).");
  }
  // The same heap cap as `npm start`, so tests and benchmarks run the server as users do.
  const child = spawn(
    process.execPath,
    [
      "--max-old-space-size=256",
      path.join(root, NEXT_BIN_IN_ROOT),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return { child, output: () => log };
}

/**
 * Starts the production build on a free loopback port; resolves once /api/health answers.
 * `root` is the app's folder: this checkout unless a test runs a copy (a production install).
 */
export async function startAppServer(
  env: Record<string, string> = {},
  options: { root?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  // Every server gets its own empty database folder unless the test names one.
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "dvibhashi-e2e-"));
  const { child, output } = startNext(
    { RATE_LIMIT_PER_MINUTE: "0", ...env, DATA_DIR: dataDir },
    port,
    options.root,
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The app server did not start within 60 s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
