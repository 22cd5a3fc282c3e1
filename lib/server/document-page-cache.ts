import "server-only";

import type { ApiDocument } from "@/lib/api/wire-types";
import { isDocumentId } from "@/lib/store/document-id";
import type { AppServices } from "./app-services";
import { loadDocument } from "./documents";

interface Entry {
  /** The store's change counter read before the document was loaded. */
  counter: number;
  document: ApiDocument;
  /** Rough size in bytes (UTF-16 JSON), for the cache's budget. */
  size: number;
}

export interface CachedLoad {
  document: ApiDocument;
  /** True when no document query ran: the counter matched the one the entry was loaded under. */
  fromCache: boolean;
}

/**
 * Saved documents as the permalink page shows them, kept per document and store revision so a
 * shared link read many times costs one primary-key query instead of four. The revision is the
 * store's change counter (`Store.changeCounter`): every correction, suggestion, summary and
 * deletion bumps it, including a correction saved in another document that this one offers as a
 * suggestion, so an entry is used only while nothing it depends on can have changed. The counter
 * is read before the document, so an entry is never older than its key.
 *
 * Holds data, not HTML: every response carries its own CSP nonce and is rendered in the
 * reader's interface language, while the document is the same for all of them. Entries are
 * shared between requests and must not be mutated.
 */
export class DocumentPageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly budgetBytes = 32 * 1024 * 1024) {}

  /**
   * The document with every correction applied, or undefined when the id is malformed or
   * unknown. Rejects with a StoreError when the database cannot be read.
   */
  async load(runtime: AppServices, id: string): Promise<CachedLoad | undefined> {
    if (!isDocumentId(id)) return undefined;
    const store = await runtime.store.get();
    const counter = await store.changeCounter();
    const entry = this.entries.get(id);
    if (entry?.counter === counter) {
      // Most recently used last: eviction takes from the front.
      this.entries.delete(id);
      this.entries.set(id, entry);
      return { document: entry.document, fromCache: true };
    }
    const document = await loadDocument(runtime, id);
    this.forget(id);
    // Unknown ids are not remembered: a later save never bumps the counter.
    if (document === undefined) return undefined;
    this.remember(id, { counter, document, size: JSON.stringify(document).length * 2 });
    return { document, fromCache: false };
  }

  /** How many documents are held. */
  get size(): number {
    return this.entries.size;
  }

  private remember(id: string, entry: Entry) {
    // A document larger than the whole budget is served but not kept.
    if (entry.size > this.budgetBytes) return;
    this.entries.set(id, entry);
    this.bytes += entry.size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.forget(oldest);
    }
  }

  private forget(id: string) {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.bytes -= entry.size;
  }
}

let shared: DocumentPageCache | undefined;

/** The process's cache of permalink documents. */
export function documentPageCache(): DocumentPageCache {
  shared ??= new DocumentPageCache();
  return shared;
}
