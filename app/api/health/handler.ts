import "server-only";

import type { AppServices } from "@/lib/server/app-services";

const startedAt = Date.now();

/**
 * GET /api/health, for load balancers. The database is reported, not required: an instance
 * whose database is down still serves reading and translation, so it stays "ok".
 */
export function createHealthHandler(getRuntime: () => AppServices) {
  return async function GET(): Promise<Response> {
    const store = await getRuntime().store.tryGet();
    let database = "unavailable";
    if (store) {
      database = await store.ping().then(
        () => store.kind,
        () => "unavailable",
      );
    }
    return Response.json(
      { status: "ok", database, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
      { headers: { "Cache-Control": "no-store" } },
    );
  };
}
