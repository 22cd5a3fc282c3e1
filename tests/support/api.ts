import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { createAppServices, defaultEngineFactories } from "@/lib/server/app-services";
import type { EngineFactory } from "@/lib/translation/registry";

/** A runtime with the real gloss engine plus any test engines, and settings overridable per test. */
export function testRuntime(
  options: { env?: Record<string, string>; engines?: Record<string, EngineFactory> } = {},
) {
  // Each runtime gets its own empty database folder, so tests never share or keep data.
  const env = {
    RATE_LIMIT_PER_MINUTE: "0",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "dvibhashi-runtime-")),
    ...options.env,
  };
  // Engines see only the test's variables, never the developer's shell.
  return createAppServices(
    parseEnv(env),
    { ...defaultEngineFactories(env), ...options.engines },
    env,
  );
}

export function jsonRequest(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Reads an NDJSON response line by line. */
export async function readNdjson(response: Response): Promise<Record<string, unknown>[]> {
  const text = await response.text();
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
