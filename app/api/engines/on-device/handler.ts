import "server-only";

import type { AppEnv } from "@/lib/env";
import { onDeviceManifest } from "@/lib/on-device/server-manifest";
import { errorResponse } from "@/lib/server/api-error";

/** GET /api/engines/on-device: the on-device translator's files, sizes and sha256. */
export function createOnDeviceManifestHandler(getEnv: () => AppEnv) {
  return async function GET(): Promise<Response> {
    try {
      const manifest = await onDeviceManifest(getEnv());
      return Response.json(manifest, { headers: { "Cache-Control": "no-cache" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
