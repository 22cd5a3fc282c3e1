import "server-only";

import { listRevisionsQuerySchema } from "@/app/api/revisions/schema";
import { toApiRevision } from "@/lib/documents/document-view";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import type { AppServices } from "@/lib/server/app-services";
import { isDocumentId } from "@/lib/store/document-id";
import type { DocumentRouteContext } from "../handler";

/**
 * GET /api/documents/:id/revisions?position=N: the history of one paragraph of this document,
 * its corrections and suggestions, oldest first. Whoever can read the document can read it.
 */
export function createDocumentRevisionsHandler(getRuntime: () => AppServices) {
  return async function GET(request: Request, context: DocumentRouteContext): Promise<Response> {
    try {
      const { id } = await context.params;
      if (!isDocumentId(id))
        throw new ApiError("not_found", "There is no document at this address.");
      const parsed = listRevisionsQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      if (!parsed.success) {
        throw new ApiError("invalid_request", parsed.error.issues[0]?.message ?? "Bad request.");
      }
      const store = await getRuntime().store.get();
      if ((await store.getEditKeyHash(id)) === undefined)
        throw new ApiError("not_found", "There is no document at this address.");
      const revisions = await store.listRevisions(id, parsed.data.position);
      return Response.json(
        { revisions: revisions.map(toApiRevision) },
        { headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
