import "server-only";

import type { ApiDocument } from "@/lib/api/wire-types";
import { toDocumentView } from "@/lib/documents/document-view";
import { isDocumentId } from "@/lib/store/document-id";
import type { DocumentStore, RevisionStore } from "@/lib/store/store-spec";
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
  const latest = await store.latestRevisions(
    document.paragraphs.map((paragraph) =>
      memoryKey(document.source, document.target, paragraph.source),
    ),
  );
  return toDocumentView(document, latest);
}
