import "server-only";

import { ApiError, errorResponse } from "@/lib/server/api-error";
import { loadDocument } from "@/lib/server/documents";
import type { AppServices } from "@/lib/server/app-services";

export interface DocumentRouteContext {
  params: Promise<{ id: string }>;
}

/** GET /api/documents/:id: the saved document, with corrections applied. */
export function createDocumentHandler(getRuntime: () => AppServices) {
  return async function GET(_request: Request, context: DocumentRouteContext): Promise<Response> {
    try {
      const { id } = await context.params;
      const document = await loadDocument(getRuntime(), id);
      if (!document) throw new ApiError("not_found", "There is no document at this address.");
      return Response.json(document, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
