import "server-only";

import { ApiError, errorResponse } from "@/lib/server/api-error";
import type { AppServices } from "@/lib/server/app-services";
import { clientKey } from "@/lib/server/rate-limit";
import { loadGlossLexicon, type GlossLexicon } from "@/lib/translation/engines/gloss/lexicon";
import { lookupWord, type WordLookup } from "@/lib/translation/engines/gloss/word-lookup";
import { LookupCache } from "@/lib/server/lookup-cache";
import { lookupQuerySchema } from "./schema";

// The lexicon does not change while the server runs, so browsers and proxies may keep an
// answer for a day; a new deployment with new data is at most a day stale.
const CACHE_CONTROL = "public, max-age=86400";

/**
 * GET /api/lookup: a word's lemma, part of speech, meanings and romanisation for the reader's
 * popover. The lexicon is GPL data and stays on the server; only this one word's entry leaves.
 */
export function createLookupHandler(
  getRuntime: () => AppServices,
  options: { lexicon?: () => GlossLexicon; cache?: LookupCache } = {},
) {
  const getLexicon = options.lexicon ?? (() => loadGlossLexicon());
  const cache = options.cache ?? new LookupCache(2000);
  return async function GET(request: Request): Promise<Response> {
    try {
      const runtime = getRuntime();
      await runtime.rateLimiter.check(clientKey(request, runtime.env.TRUST_PROXY));
      const url = new URL(request.url);
      const parsed = lookupQuerySchema.safeParse({
        word: url.searchParams.get("word") ?? undefined,
        language: url.searchParams.get("language") ?? undefined,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
        throw new ApiError("invalid_request", `${where}${issue?.message ?? "Invalid lookup."}`);
      }
      const { word, language } = parsed.data;
      const key = `${language}\u0000${word.normalize("NFC")}`;
      let result: WordLookup | undefined = cache.get(key);
      if (result === undefined) {
        let lexicon: GlossLexicon;
        try {
          lexicon = getLexicon();
        } catch {
          throw new ApiError("engine_unavailable", "The dictionary could not be read.");
        }
        result = lookupWord(word.normalize("NFC"), language, lexicon);
        cache.set(key, result);
      }
      return Response.json(result, { headers: { "Cache-Control": CACHE_CONTROL } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
