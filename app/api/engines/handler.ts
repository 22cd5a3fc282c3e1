import "server-only";

import { errorResponse } from "@/lib/server/api-error";
import type { AppServices } from "@/lib/server/app-services";

/** GET /api/engines: every registered engine, its limits, and whether it can be used now. */
export function createEnginesHandler(getRuntime: () => AppServices) {
  return async function GET(): Promise<Response> {
    try {
      const runtime = getRuntime();
      const engines = await runtime.registry.describeAll();
      return Response.json(
        { default: runtime.registry.defaultId, engines },
        { headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
