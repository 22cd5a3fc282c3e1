import "server-only";

import { toApiRevision } from "@/lib/documents/document-view";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import { clientKey } from "@/lib/server/rate-limit";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { memoryKey } from "@/lib/text/keys";
import { normalizeText } from "@/lib/text/normalize";
import { createRevisionSchema, listRevisionsQuerySchema, MAX_EDIT_CHARACTERS } from "./schema";

/** POST /api/revisions saves a correction; GET /api/revisions?key= lists a paragraph's history. */
export function createRevisionsHandlers(getRuntime: () => AppServices) {
  return {
    async POST(request: Request): Promise<Response> {
      try {
        const runtime = getRuntime();
        runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
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
        const text = normalizeText(body.text).trim();
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
        const { revision, conflict } = await store.addRevision({
          memoryKey: memoryKey(body.source, body.target, body.sourceText),
          source: body.source,
          target: body.target,
          sourceText: body.sourceText,
          text,
          previousText: body.previousText ?? null,
          baseRevisionId: body.baseRevisionId ?? null,
          author: body.author,
          documentId: body.documentId ?? null,
          position: body.position ?? null,
        });
        return Response.json(
          { revision: toApiRevision(revision), conflict },
          { status: 201, headers: { "Cache-Control": "no-store" } },
        );
      } catch (error) {
        return errorResponse(error);
      }
    },

    async GET(request: Request): Promise<Response> {
      try {
        const parsed = listRevisionsQuerySchema.safeParse(
          Object.fromEntries(new URL(request.url).searchParams),
        );
        if (!parsed.success) {
          throw new ApiError("invalid_request", parsed.error.issues[0]?.message ?? "Bad request.");
        }
        const store = await getRuntime().store.get();
        const revisions = await store.listRevisions(parsed.data.key);
        return Response.json(
          { revisions: revisions.map(toApiRevision) },
          { headers: { "Cache-Control": "no-store" } },
        );
      } catch (error) {
        return errorResponse(error);
      }
    },
  };
}
