import "server-only";

import type { AppServices } from "@/lib/server/app-services";
import { ApiError } from "@/lib/server/api-error";

/** How long each dependency may take to answer before the instance counts as not ready. */
const CHECK_DEADLINE_MS = 2_000;

type DatabaseState = "sqlite" | "postgres" | "unavailable";
type RedisState = "ready" | "unavailable" | "not_configured";

/**
 * GET /api/health/ready, for load balancers deciding where to route. Unlike the liveness check
 * (/api/health) it answers 503 while the configured database or Redis cannot be reached, so
 * saves stop going to an instance that could not keep them, and 200 again once both answer.
 */
export function createReadinessHandler(getRuntime: () => AppServices) {
  return async function GET(): Promise<Response> {
    const runtime = getRuntime();
    const [database, redis] = await Promise.all([databaseState(runtime), redisState(runtime)]);
    const checks = { database, redis };
    const headers = { "Cache-Control": "no-store" };
    const failure =
      database === "unavailable"
        ? new ApiError("store_unavailable", "The database cannot be reached.")
        : redis === "unavailable"
          ? new ApiError("redis_unavailable", "Redis cannot be reached.")
          : undefined;
    if (failure) {
      return Response.json(
        { error: { code: failure.code, message: failure.message }, checks },
        { status: failure.status, headers },
      );
    }
    return Response.json({ status: "ready", checks }, { headers });
  };
}

async function databaseState(runtime: AppServices): Promise<DatabaseState> {
  const answer = runtime.store
    .get()
    .then(async (store) => {
      await store.ping();
      return store.kind;
    })
    .catch((): DatabaseState => "unavailable");
  return within(answer, "unavailable");
}

async function redisState(runtime: AppServices): Promise<RedisState> {
  if (!runtime.redis) return "not_configured";
  return (await runtime.redis.ping(CHECK_DEADLINE_MS)) ? "ready" : "unavailable";
}

function within<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), CHECK_DEADLINE_MS);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
