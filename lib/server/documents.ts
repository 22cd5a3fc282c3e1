import "server-only";

import type { ApiDocument } from "@/lib/api/wire-types";
import { toDocumentView } from "@/lib/documents/document-view";
import { isDocumentId } from "@/lib/store/document-id";
import { memoryKey } from "@/lib/text/keys";
import type { TranslationRuntime } from "./translation-runtime";

/**
 * A saved document with every correction made since applied, or undefined when the id is
 * malformed or unknown. Rejects with a StoreError when the database cannot be read.
 */
export async function loadDocument(
  runtime: TranslationRuntime,
  id: string,
): Promise<ApiDocument | undefined> {
  if (!isDocumentId(id)) return undefined;
  const store = await runtime.store.get();
  const document = await store.getDocument(id);
  if (!document) return undefined;
  const latest = await store.latestRevisions(
    document.paragraphs.map((paragraph) =>
      memoryKey(document.source, document.target, paragraph.source),
    ),
  );
  return toDocumentView(document, latest);
}
