import "server-only";

import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import { errorResponse } from "@/lib/server/api-error";
import type { AppServices } from "@/lib/server/app-services";
import { describeAutoChoices } from "@/lib/translation/engines/auto/auto-choices";

/**
 * GET /api/engines: every registered engine, its limits, whether it can be used now, and what
 * `auto` would pick for each direction. `default` is the operator's DEFAULT_ENGINE, which may
 * name an engine that runs in the browser (the server itself then defaults to `auto`).
 */
export function createEnginesHandler(getRuntime: () => AppServices) {
  return async function GET(): Promise<Response> {
    try {
      const runtime = getRuntime();
      const engines = await runtime.registry.describeAll();
      const auto = runtime.registry.engineIds.includes("auto")
        ? runtime.registry.resolve("auto")
        : undefined;
      const automatic = auto?.delegates === true ? await describeAutoChoices(auto) : [];
      const pinned = runtime.env.DEFAULT_ENGINE;
      return Response.json(
        {
          default: isBrowserEngine(pinned) ? pinned : runtime.registry.defaultId,
          engines,
          automatic,
        },
        { headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
