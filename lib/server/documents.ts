import "server-only";

import type { ApiDocument, ApiSuggestion } from "@/lib/api/wire-types";
import { toDocumentView } from "@/lib/documents/document-view";
import { isDocumentId } from "@/lib/store/document-id";
import type { DocumentStore, Revision, RevisionStore } from "@/lib/store/store-spec";
import { memoryKey } from "@/lib/text/keys";
import type { AppServices } from "./app-services";

/**
 * A saved document with every correction made since applied, or undefined when the id is
 * malformed or unknown. Rejects with a StoreError when the database cannot be read.
 */
export async function loadDocument(
  runtime: AppServices,
  id: string,
): Promise<ApiDocument | undefined> {
  if (!isDocumentId(id)) return undefined;
  // Reads documents and revisions only; the translation cache is not this function's business.
  const store: DocumentStore & RevisionStore = await runtime.store.get();
  const document = await store.getDocument(id);
  if (!document) return undefined;
  const keys = document.paragraphs.map((paragraph) =>
    memoryKey(document.source, document.target, paragraph.source),
  );
  const instance = runtime.env.MEMORY_SCOPE === "instance";
  const [latest, proposed, elsewhere] = await Promise.all([
    store.latestRevisions(keys, { kind: "correction", ...(instance ? {} : { documentId: id }) }),
    store.latestRevisions(keys, { kind: "suggestion", documentId: id }),
    // Under document scope another document's correction is offered, never applied.
    instance
      ? Promise.resolve(new Map<string, Revision>())
      : store.latestRevisions(keys, { kind: "correction", excludeDocumentId: id }),
  ]);
  const suggestions = new Map<string, ApiSuggestion & { sourceText: string }>();
  const offer = (revisions: Map<string, Revision>, origin: ApiSuggestion["origin"]) => {
    for (const [key, revision] of revisions) {
      // A paragraph's own correction newer than the suggestion makes the suggestion moot.
      const current = latest.get(key);
      if (current !== undefined && current.id > revision.id) continue;
      const known = suggestions.get(key);
      if (known !== undefined && known.createdAt >= revision.createdAt) continue;
      suggestions.set(key, {
        text: revision.text,
        author: revision.author,
        createdAt: revision.createdAt,
        origin,
        sourceText: revision.sourceText,
      });
    }
  };
  offer(elsewhere, "elsewhere");
  offer(proposed, "reader");
  return toDocumentView(document, latest, suggestions);
}
