import type {
  ApiDocument,
  ApiParagraph,
  ApiRevision,
  ApiSuggestion,
  ApiSummary,
} from "@/lib/api/wire-types";
import { checkFacts } from "@/lib/fact-check/fact-check";
import { memoryKey } from "@/lib/text/keys";
import type { Revision, StoredDocument } from "@/lib/store/store-spec";
import { alignSentences } from "@/lib/translation/align";

/*
 * The one boundary where the store's rows become the API's wire types: documents and
 * revisions leave the server only through these two functions.
 */

/** A stored revision as the revisions API sends it (the direction is in its memory key). */
export function toApiRevision(revision: Revision): ApiRevision {
  return {
    id: revision.id,
    memoryKey: revision.memoryKey,
    sourceText: revision.sourceText,
    text: revision.text,
    previousText: revision.previousText,
    baseRevisionId: revision.baseRevisionId,
    author: revision.author,
    documentId: revision.documentId,
    position: revision.position,
    createdAt: revision.createdAt,
    kind: revision.kind,
  };
}

/**
 * The reader's view of a saved document: each paragraph as saved, except where an editor has
 * corrected it since (in this document, or anywhere under MEMORY_SCOPE=instance); the latest
 * correction then shows, marked with its revision. Suggestions show beside the text.
 */
export function toDocumentView(
  document: StoredDocument,
  latest: ReadonlyMap<string, Revision>,
  suggestions: ReadonlyMap<string, ApiSuggestion & { sourceText: string }> = new Map(),
): ApiDocument {
  const paragraphs = document.paragraphs.map((paragraph, index): ApiParagraph => {
    const key = memoryKey(document.source, document.target, paragraph.source);
    const revision = latest.get(key);
    const offered = suggestions.get(key);
    const suggestion: Pick<ApiParagraph, "suggestion"> =
      offered !== undefined && offered.sourceText === paragraph.source
        ? {
            suggestion: {
              text: offered.text,
              author: offered.author,
              createdAt: offered.createdAt,
              origin: offered.origin,
            },
          }
        : {};
    const base: ApiParagraph = {
      index,
      source: paragraph.source,
      translation: paragraph.translation,
      engine: paragraph.engine,
      cached: true,
      fallback: paragraph.fallback,
      ...(paragraph.continues ? { continues: true } : {}),
      sentences: paragraph.sentences,
      ...suggestion,
      ...(paragraph.factIssues ? { factIssues: paragraph.factIssues } : {}),
    };
    if (revision === undefined || revision.sourceText !== paragraph.source) {
      return paragraph.translation === null
        ? {
            ...base,
            error: { code: "not_translated", message: "This paragraph was not translated." },
          }
        : base;
    }
    return {
      ...base,
      translation: revision.text,
      fallback: false,
      sentences: alignSentences(paragraph.source, revision.text, document.source, document.target),
      // A correction is checked like any engine's text: people drop numbers too.
      factIssues: checkFacts({
        source: paragraph.source,
        translation: revision.text,
        sourceLanguage: document.source,
        targetLanguage: document.target,
      }),
      revision: {
        id: revision.id,
        author: revision.author,
        createdAt: revision.createdAt,
        // Another document's id is never shown: permalinks are private to whoever has them.
        documentId: revision.documentId === document.id ? document.id : null,
        // A revert to the text the engine gave this document reads as the engine's again.
        ...(revision.text === paragraph.translation ? { restored: true } : {}),
      },
    };
  });
  const stored = document.summaries[0];
  const summary: ApiSummary | null = stored
    ? {
        method: stored.method,
        source: document.source,
        target: document.target,
        bullets: stored.bullets as ApiSummary["bullets"],
      }
    : null;
  // An imported headline is saved as paragraph 0 and as the title: that row is the title.
  const titleParagraph =
    document.title !== null && document.paragraphs[0]?.source === document.title ? 0 : null;
  return {
    id: document.id,
    title: document.title,
    titleParagraph,
    byline: document.byline,
    sourceUrl: document.sourceUrl,
    source: document.source,
    target: document.target,
    engine: document.engine,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    paragraphs,
    summary,
  };
}
