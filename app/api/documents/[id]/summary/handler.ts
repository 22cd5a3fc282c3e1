import "server-only";

import { ApiError, errorResponse } from "@/lib/server/api-error";
import { requireEditKey } from "@/lib/server/edit-key";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { isDocumentId } from "@/lib/store/document-id";
import { missingCitedParagraph, summarySchema } from "../../schema";
import type { DocumentRouteContext } from "../handler";

/**
 * PUT /api/documents/:id/summary: keeps the summary that arrived after the document was saved.
 * Needs the document's edit key.
 */
export function createDocumentSummaryHandler(getRuntime: () => AppServices) {
  return async function PUT(request: Request, context: DocumentRouteContext): Promise<Response> {
    try {
      const runtime = getRuntime();
      const { id } = await context.params;
      if (!isDocumentId(id))
        throw new ApiError("not_found", "There is no document at this address.");
      const store = await runtime.store.get();
      // Only the document's editors may replace what every reader sees as its summary.
      await requireEditKey(store, id, request);
      const body = await readJsonBody(request, summarySchema, 512 * 1024);
      const document = await store.getDocument(id);
      if (!document) throw new ApiError("not_found", "There is no document at this address.");
      const missing = missingCitedParagraph(body, document.paragraphs.length);
      if (missing !== undefined) {
        throw new ApiError(
          "invalid_request",
          `The summary cites paragraph ${missing + 1}; the document has ${document.paragraphs.length}.`,
        );
      }
      await store.saveSummary(id, { language: document.source, ...body });
      return new Response(null, { status: 204 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
