import "server-only";

import { ApiError, errorResponse } from "@/lib/server/api-error";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { isDocumentId } from "@/lib/store/document-id";
import { summarySchema } from "../../schema";
import type { DocumentRouteContext } from "../handler";

/** PUT /api/documents/:id/summary: keeps the summary that arrived after the document was saved. */
export function createDocumentSummaryHandler(getRuntime: () => AppServices) {
  return async function PUT(request: Request, context: DocumentRouteContext): Promise<Response> {
    try {
      const runtime = getRuntime();
      const { id } = await context.params;
      if (!isDocumentId(id))
        throw new ApiError("not_found", "There is no document at this address.");
      const body = await readJsonBody(request, summarySchema, 512 * 1024);
      const store = await runtime.store.get();
      const document = await store.getDocument(id);
      if (!document) throw new ApiError("not_found", "There is no document at this address.");
      await store.saveSummary(id, { language: document.source, ...body });
      return new Response(null, { status: 204 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
