import "server-only";

import { checkFacts } from "@/lib/fact-check/fact-check";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import { maxBodyBytes } from "@/lib/server/plan-translation";
import { clientKey } from "@/lib/server/rate-limit";
import { hashEditKey, newEditKey } from "@/lib/server/edit-key";
import { readJsonBody } from "@/lib/server/read-json";
import type { AppServices } from "@/lib/server/app-services";
import type { SentenceAlignment } from "@/lib/translation/engine-spec";
import { createDocumentSchema } from "./schema";

// Offsets from the client are kept only where they fall inside their texts; a bad pair would
// otherwise make the reader highlight the wrong words.
function validAlignments(
  sentences: SentenceAlignment[],
  source: string,
  translation: string | null,
): SentenceAlignment[] {
  if (translation === null) return [];
  return sentences.filter(
    ({ source: [sourceStart, sourceEnd], target: [targetStart, targetEnd] }) =>
      sourceStart <= sourceEnd &&
      sourceEnd <= source.length &&
      targetStart <= targetEnd &&
      targetEnd <= translation.length,
  );
}

/**
 * POST /api/documents: saves a translated document and answers its permalink (to read) and its
 * edit key (to change it), which is shown to the creator once and never again.
 */
export function createDocumentsHandler(getRuntime: () => AppServices) {
  return async function POST(request: Request): Promise<Response> {
    try {
      const runtime = getRuntime();
      await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
      // A document is a whole article, which the reader may have translated in several requests.
      const limit = runtime.env.MAX_ARTICLE_CHARACTERS;
      // Room for the source, its rendering (which may be longer) and the alignments.
      const body = await readJsonBody(request, createDocumentSchema, maxBodyBytes(limit) * 4);
      if (body.paragraphs.length > runtime.env.MAX_ARTICLE_PARAGRAPHS) {
        throw new ApiError(
          "payload_too_large",
          `A document can have at most ${runtime.env.MAX_ARTICLE_PARAGRAPHS} paragraphs.`,
        );
      }
      const characters = body.paragraphs.reduce(
        (sum, paragraph) => sum + paragraph.source.length,
        0,
      );
      if (characters > limit) {
        throw new ApiError(
          "payload_too_large",
          `The article is longer than ${limit} characters, the most this server keeps.`,
        );
      }
      const store = await runtime.store.get();
      // The key goes to the creator once; the database keeps only its hash.
      const editKey = newEditKey();
      const saved = await store.createDocument({
        editKeyHash: hashEditKey(editKey),
        title: body.title,
        byline: body.byline,
        sourceUrl: body.sourceUrl,
        source: body.source,
        target: body.target,
        engine: body.engine,
        paragraphs: body.paragraphs.map((paragraph) => ({
          source: paragraph.source,
          translation: paragraph.translation,
          engine: paragraph.engine,
          fallback: paragraph.fallback,
          continues: paragraph.continues,
          sentences: validAlignments(paragraph.sentences, paragraph.source, paragraph.translation),
          // Checked here rather than taken from the client: the check is deterministic, and a
          // saved document's flags must not be whatever a client chose to send.
          ...(paragraph.translation === null
            ? {}
            : {
                factIssues: checkFacts({
                  source: paragraph.source,
                  translation: paragraph.translation,
                  sourceLanguage: body.source,
                  targetLanguage: body.target,
                  glossary: runtime.glossary,
                }),
              }),
        })),
        summaries: body.summary ? [{ language: body.source, ...body.summary }] : [],
      });
      return Response.json(
        {
          id: saved.id,
          url: `/d/${saved.id}`,
          editKey,
          // The key rides in the fragment, which browsers never send to a server.
          editUrl: `/d/${saved.id}#edit=${editKey}`,
          createdAt: saved.createdAt,
        },
        { status: 201, headers: { "Cache-Control": "no-store", Location: `/d/${saved.id}` } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
