import { afterEach, describe, expect, it } from "vitest";
import { createHealthHandler } from "@/app/api/health/handler";
import { createReadinessHandler } from "@/app/api/health/ready/handler";
import type { AppServices } from "@/lib/server/app-services";
import { testRuntime } from "@/tests/support/api";
import {
  createScratchDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
} from "@/tests/support/databases";
import {
  closedPort,
  REDIS_SKIP_REASON,
  startRelay,
  TEST_REDIS_URL,
  uniqueKeyPrefix,
  type CuttableRelay,
} from "@/tests/support/redis";

interface ReadyBody {
  status?: string;
  error?: { code: string; message: string };
  checks: { database: string; redis: string };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function runtimeWith(env: Record<string, string>): AppServices {
  const runtime = testRuntime({ env });
  cleanups.push(async () => {
    await runtime.redis?.close();
    await runtime.store.close();
  });
  return runtime;
}

async function ready(runtime: AppServices) {
  const response = await createReadinessHandler(() => runtime)();
  return { status: response.status, body: (await response.json()) as ReadyBody };
}

/** Asks until the answer has this status (a reconnect takes a moment); the last answer. */
async function readyUntil(runtime: AppServices, status: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ready(runtime);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function relayTo(url: string): Promise<CuttableRelay> {
  const parsed = new URL(url);
  return startRelay({ host: parsed.hostname, port: Number(parsed.port) }).then((relay) => {
    cleanups.push(() => relay.close());
    return relay;
  });
}

describe("GET /api/health (liveness)", () => {
  it("stays ok while Redis is unreachable", async () => {
    const runtime = runtimeWith({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    const response = await createHealthHandler(() => runtime)();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "sqlite" });
  });
});

describe("GET /api/health/ready (readiness)", () => {
  it("is ready on SQLite without Redis configured", async () => {
    const answer = await ready(runtimeWith({}));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: "ready",
      checks: { database: "sqlite", redis: "not_configured" },
    });
  });

  it("answers 503 redis_unavailable when REDIS_URL points at a closed port", async () => {
    const answer = await ready(
      runtimeWith({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }),
    );
    expect(answer.status).toBe(503);
    expect(answer.body.error?.code).toBe("redis_unavailable");
    expect(answer.body.checks).toEqual({ database: "sqlite", redis: "unavailable" });
  });

  it("answers 503 store_unavailable when PostgreSQL does not answer", async () => {
    const answer = await ready(
      runtimeWith({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await closedPort()}/none` }),
    );
    expect(answer.status).toBe(503);
    expect(answer.body.error?.code).toBe("store_unavailable");
    expect(answer.body.checks.database).toBe("unavailable");
  });

  it.skipIf(!TEST_REDIS_URL)(
    `goes 503 when Redis goes away and 200 once it is back${TEST_REDIS_URL ? "" : ` (${REDIS_SKIP_REASON})`}`,
    async () => {
      const relay = await relayTo(TEST_REDIS_URL ?? "");
      const runtime = runtimeWith({
        REDIS_URL: `redis://127.0.0.1:${relay.port}`,
        REDIS_KEY_PREFIX: uniqueKeyPrefix("ready"),
      });
      expect((await readyUntil(runtime, 200)).body.checks).toEqual({
        database: "sqlite",
        redis: "ready",
      });
      await relay.cut();
      const down = await readyUntil(runtime, 503);
      expect(down.status).toBe(503);
      expect(down.body.error?.code).toBe("redis_unavailable");
      await relay.restore();
      expect((await readyUntil(runtime, 200)).status).toBe(200);
    },
  );

  it.skipIf(!TEST_DATABASE_URL)(
    `goes 503 when PostgreSQL goes away and 200 once it is back${TEST_DATABASE_URL ? "" : ` (${POSTGRES_SKIP_REASON})`}`,
    async () => {
      const database = await createScratchDatabase();
      const relay = await relayTo(database.url);
      const url = new URL(database.url);
      url.host = `127.0.0.1:${relay.port}`;
      const runtime = runtimeWith({ DATABASE_URL: url.toString() });
      cleanups.unshift(database.drop);
      const up = await readyUntil(runtime, 200);
      expect(up.body.checks).toEqual({ database: "postgres", redis: "not_configured" });
      await relay.cut();
      const down = await readyUntil(runtime, 503);
      expect(down.status).toBe(503);
      expect(down.body.error?.code).toBe("store_unavailable");
      await relay.restore();
      expect((await readyUntil(runtime, 200)).status).toBe(200);
    },
  );
});
