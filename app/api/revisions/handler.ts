import "server-only";

import { toApiRevision } from "@/lib/documents/document-view";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import type { AppServices } from "@/lib/server/app-services";
import { editKeyRequired, hasEditKey } from "@/lib/server/edit-key";
import { clientKey } from "@/lib/server/rate-limit";
import { readJsonBody } from "@/lib/server/read-json";
import { memoryKey } from "@/lib/text/keys";
import { normalizeParagraph } from "@/lib/text/normalize";
import { createRevisionSchema, MAX_EDIT_CHARACTERS } from "./schema";

/**
 * POST /api/revisions: a correction of one paragraph of a saved document, with the document's
 * edit key (X-Edit-Key), or a suggestion (`suggest: true`) by a reader without it, which the
 * document shows beside the text and applies nowhere.
 */
export function createRevisionsHandlers(getRuntime: () => AppServices) {
  return {
    async POST(request: Request): Promise<Response> {
      try {
        const runtime = getRuntime();
        await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
        const body = await readJsonBody(request, createRevisionSchema, 4 * 1024 * 1024).catch(
          (error: unknown) => {
            // A body too large to read is an over-long edit; say so in the edit's own terms.
            if (error instanceof ApiError && error.code === "payload_too_large") {
              throw new ApiError(
                "payload_too_large",
                `An edit can be at most ${MAX_EDIT_CHARACTERS.toLocaleString("en")} characters; this one is far longer.`,
              );
            }
            throw error;
          },
        );
        // A row is one paragraph: line breaks typed into the editor join its lines, so an
        // export never shows one paragraph as two.
        const text = normalizeParagraph(body.text);
        if (text === "") {
          throw new ApiError(
            "invalid_request",
            "An edit cannot be empty. To undo a change, revert to an earlier version instead.",
          );
        }
        if (text.length > MAX_EDIT_CHARACTERS) {
          throw new ApiError(
            "payload_too_large",
            `An edit can be at most ${MAX_EDIT_CHARACTERS.toLocaleString("en")} characters; this one has ${text.length.toLocaleString("en")}.`,
          );
        }
        const store = await runtime.store.get();
        const editor = await hasEditKey(store, body.documentId, request);
        if (!editor && body.suggest !== true) throw editKeyRequired();
        const document = await store.getDocument(body.documentId);
        const paragraph = document?.paragraphs[body.position];
        if (document === undefined || paragraph === undefined) {
          throw new ApiError("not_found", "The document has no paragraph at this position.");
        }
        // The paragraph is the document's own: a request cannot attach an edit to other text.
        if (body.sourceText !== undefined && body.sourceText !== paragraph.source) {
          throw new ApiError(
            "invalid_request",
            "sourceText does not match the document's paragraph at this position.",
          );
        }
        const { revision, conflict } = await store.addRevision({
          kind: editor ? "correction" : "suggestion",
          memoryKey: memoryKey(document.source, document.target, paragraph.source),
          source: document.source,
          target: document.target,
          sourceText: paragraph.source,
          text,
          previousText: body.previousText ?? null,
          baseRevisionId: body.baseRevisionId ?? null,
          author: body.author,
          documentId: document.id,
          position: body.position,
        });
        return Response.json(
          { revision: toApiRevision(revision), conflict },
          { status: 201, headers: { "Cache-Control": "no-store" } },
        );
      } catch (error) {
        return errorResponse(error);
      }
    },
  };
}
