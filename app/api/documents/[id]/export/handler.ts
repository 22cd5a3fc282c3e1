import "server-only";

import { exportFileName, toHtml, toMarkdown, toPlainText } from "@/lib/documents/export";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import { loadDocument } from "@/lib/server/documents";
import type { AppServices } from "@/lib/server/app-services";
import type { DocumentRouteContext } from "../handler";
import { exportQuerySchema } from "./schema";

const CONTENT_TYPES = {
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
} as const;

/** GET /api/documents/:id/export?format=markdown|html|text[&side=source|target] */
export function createDocumentExportHandler(getRuntime: () => AppServices) {
  return async function GET(request: Request, context: DocumentRouteContext): Promise<Response> {
    try {
      const { id } = await context.params;
      const url = new URL(request.url);
      const parsed = exportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        throw new ApiError(
          "invalid_request",
          parsed.error.issues[0]?.message ?? "Bad export request.",
        );
      }
      const document = await loadDocument(getRuntime(), id);
      if (!document) throw new ApiError("not_found", "There is no document at this address.");
      const { format, side } = parsed.data;
      const permalink = new URL(`/d/${document.id}`, url).toString();
      const body =
        format === "markdown"
          ? toMarkdown(document, permalink)
          : format === "html"
            ? toHtml(document, permalink)
            : toPlainText(document, side);
      const fileName = exportFileName(document, format, format === "text" ? side : undefined);
      return new Response(body, {
        headers: {
          "Content-Type": CONTENT_TYPES[format],
          "Content-Disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          "Cache-Control": "no-store",
          // The exported page has no script; this keeps it so even if opened from the server.
          "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
