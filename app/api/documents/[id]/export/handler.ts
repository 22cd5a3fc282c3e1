import "server-only";

import { exportFileName, toHtml, toMarkdown, toPlainText } from "@/lib/documents/export";
import { createExportContext } from "@/lib/documents/export-context";
import { embeddedFontFaces } from "@/lib/documents/export-fonts";
import { requestOrigin } from "@/lib/documents/request-origin";
import { resolveUiLanguage, UI_LANGUAGE_COOKIE } from "@/lib/i18n/settings";
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

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/**
 * GET /api/documents/:id/export?format=markdown|html|text[&side=source|target][&lang=en|hi][&tz=…]
 * Labels and dates follow the reader's interface language; links use the address they came by.
 */
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
      const runtime = getRuntime();
      const document = await loadDocument(runtime, id);
      if (!document) throw new ApiError("not_found", "There is no document at this address.");
      const { format, side, lang, tz, romanization } = parsed.data;
      const origin = requestOrigin(request, runtime.env.TRUST_PROXY);
      const exportContext = {
        ...(await createExportContext({
          language:
            lang ??
            resolveUiLanguage(
              cookieValue(request, UI_LANGUAGE_COOKIE),
              request.headers.get("accept-language"),
            ),
          timeZone: tz,
          permalink: `${origin}/d/${encodeURIComponent(document.id)}`,
          fontFaces: format === "html" ? embeddedFontFaces() : undefined,
        })),
        romanization,
      };
      const body =
        format === "markdown"
          ? toMarkdown(document, exportContext)
          : format === "html"
            ? toHtml(document, exportContext)
            : toPlainText(document, side, exportContext);
      const fileName = exportFileName(document, format, format === "text" ? side : undefined);
      return new Response(body, {
        headers: {
          "Content-Type": CONTENT_TYPES[format],
          "Content-Disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          "Cache-Control": "no-store",
          // The exported page has no script; this keeps it so even if opened from the server.
          "Content-Security-Policy":
            "default-src 'none'; style-src 'unsafe-inline'; font-src data:",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
