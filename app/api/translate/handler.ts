import "server-only";

import { ApiError, errorResponse } from "@/lib/server/api-error";
import { maxBodyBytes, planTranslation } from "@/lib/server/plan-translation";
import { prepareDocument } from "@/lib/server/prepare-document";
import { clientKey } from "@/lib/server/rate-limit";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import { HEAVY_REQUEST_CHARACTERS } from "@/lib/server/work-gate";
import { hasTranslatableContent } from "@/lib/text/normalize";
import { TranslationError } from "@/lib/translation/errors";
import { translateChecked } from "@/lib/translation/checked-translation";
import type { ParagraphTranslation } from "@/lib/translation/orchestrator";
import { translateRequestSchema } from "./schema";

function toWire(paragraph: ParagraphTranslation) {
  return {
    index: paragraph.index,
    source: paragraph.source,
    translation: paragraph.translation,
    engine: paragraph.engine,
    cached: paragraph.cached,
    fallback: paragraph.fallback,
    sentences: paragraph.sentences,
    ...(paragraph.error ? { error: paragraph.error } : {}),
    ...(paragraph.revision ? { revision: paragraph.revision } : {}),
    ...(paragraph.factIssues ? { factIssues: paragraph.factIssues } : {}),
  };
}

function wantsNdjson(request: Request): boolean {
  return /application\/x-ndjson/i.test(request.headers.get("accept") ?? "");
}

/** POST /api/translate, built over a runtime so tests can give it engines of their own. */
export function createTranslateHandler(getRuntime: () => AppServices) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const runtime = getRuntime();
      await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
      const body = await readJsonBody(
        request,
        translateRequestSchema,
        maxBodyBytes(runtime.env.MAX_INPUT_CHARACTERS),
      );
      const document = prepareDocument(body, {
        maxCharacters: runtime.env.MAX_INPUT_CHARACTERS,
        maxParagraphs: runtime.env.MAX_PARAGRAPHS,
      });
      const plan = await planTranslation(runtime, {
        ...body,
        source: document.source,
        target: document.target,
      });
      // The reader's entries come last, so theirs wins where both name the same term.
      const glossary = [...runtime.glossary, ...(body.glossary ?? [])];
      const header = { engine: plan.requested, source: document.source, target: document.target };
      // A large request takes a slot of the heavy-work gate first; beyond a few at once, 503.
      const characters = document.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
      const release =
        characters > HEAVY_REQUEST_CHARACTERS ? await runtime.heavyWork.acquire() : () => undefined;

      if (wantsNdjson(request)) {
        const encoder = new TextEncoder();
        const abort = new AbortController();
        request.signal.addEventListener("abort", () => abort.abort(), { once: true });
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            // Lines written in the same task go out as one chunk, written when the task's work
            // is done (setImmediate runs right after the I/O that finished it): a batch's
            // paragraphs are finished together, and each chunk costs a trip through the
            // response's streams and a socket write (60 of them were a visible share of a
            // 60-paragraph answer). A microtask would flush in the middle of the task and split
            // its lines, e.g. the last batch's paragraphs from the done line.
            let lines: string[] = [];
            const flush = () => {
              if (lines.length === 0) return;
              const text = lines.join("");
              lines = [];
              try {
                controller.enqueue(encoder.encode(text));
              } catch {
                abort.abort();
              }
            };
            const send = (value: unknown) => {
              if (lines.length === 0) setImmediate(flush);
              lines.push(`${JSON.stringify(value)}\n`);
            };
            translateChecked({
              ...plan.options,
              glossary,
              paragraphs: document.paragraphs,
              priority: body.first,
              abortSignal: abort.signal,
              onParagraph: (paragraph) => send(toWire(paragraph)),
            })
              .then((results) =>
                send({
                  done: true,
                  ...header,
                  count: results.length,
                  failed: results.filter((result) => result.error).length,
                }),
              )
              .catch((error: unknown) => {
                const code = error instanceof TranslationError ? error.code : "engine_failure";
                send({
                  done: true,
                  ...header,
                  error: {
                    code,
                    message: "The translation stopped before every paragraph arrived.",
                  },
                });
              })
              .finally(() => {
                release();
                flush();
                try {
                  controller.close();
                } catch {
                  // The client went away; nothing left to close.
                }
              });
          },
          cancel() {
            release();
            abort.abort();
          },
        });
        return new Response(stream, {
          headers: {
            "Content-Type": "application/x-ndjson; charset=utf-8",
            "Cache-Control": "no-store",
          },
        });
      }

      const results = await translateChecked({
        ...plan.options,
        glossary,
        paragraphs: document.paragraphs,
        priority: body.first,
        abortSignal: request.signal,
      }).finally(release);
      const failed = results.filter((result) => result.error !== undefined);
      const attempted = results.filter((result) => hasTranslatableContent(result.source));
      if (failed.length > 0 && failed.length === attempted.length) {
        const first = failed[0]?.error;
        throw first?.code === "engine_unavailable" ||
          first?.code === "authentication_failed" ||
          first?.code === "rate_limited"
          ? new ApiError("engine_unavailable", "The translation engine is not available right now.")
          : new ApiError(
              "engine_failure",
              `The translation engine failed on every paragraph: ${first?.message ?? "unknown error"}`,
            );
      }
      return Response.json(
        { ...header, paragraphs: results.map(toWire) },
        { headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
