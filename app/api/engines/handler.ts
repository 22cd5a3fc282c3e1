import "server-only";

import { errorResponse } from "@/lib/server/api-error";
import type { TranslationRuntime } from "@/lib/server/translation-runtime";

/** GET /api/engines: every registered engine, its limits, and whether it can be used now. */
export function createEnginesHandler(getRuntime: () => TranslationRuntime) {
  return async function GET(): Promise<Response> {
    try {
      const runtime = getRuntime();
      const engines = await runtime.registry.describeAll();
      return Response.json(
        {
          default: runtime.registry.defaultId,
          engines,
          // The reader splits a longer article into requests within these, up to the article's.
          limits: {
            requestCharacters: runtime.env.MAX_INPUT_CHARACTERS,
            requestParagraphs: runtime.env.MAX_PARAGRAPHS,
            articleCharacters: runtime.env.MAX_ARTICLE_CHARACTERS,
            articleParagraphs: runtime.env.MAX_ARTICLE_PARAGRAPHS,
          },
        },
        { headers: { "Cache-Control": "no-store" } },
      );
    } catch (error) {
      return errorResponse(error);
    }
  };
}
