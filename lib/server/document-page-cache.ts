import "server-only";

import type { ApiDocument } from "@/lib/api/wire-types";
import { isDocumentId } from "@/lib/store/document-id";
import type { AppServices } from "./app-services";
import { loadDocument } from "./documents";

interface Entry {
  /** The store's change counter read before the document was loaded. */
  counter: number;
  document: ApiDocument;
  /** Rough size in bytes (UTF-16 JSON), for the cache's budget, with `derived`'s strings. */
  size: number;
  /** What pages made from this revision of the document, by their key (see CachedLoad). */
  derived: Map<string, string>;
}

export interface CachedLoad {
  document: ApiDocument;
  /** True when no document query ran: the counter matched the one the entry was loaded under. */
  fromCache: boolean;
  /**
   * The store's change counter read before this document was loaded: what the document shows is
   * at least as new as this revision (the key of PermalinkResponseCache's whole pages).
   */
  counter: number;
  /**
   * A string made from this revision of the document (the permalink's rows as HTML in one
   * interface language), made once by `make` and then kept with the document: it goes when the
   * document's entry goes, so it is never served for a later revision. `key` must name
   * everything besides the document that the string depends on.
   */
  derived: (key: string, make: () => string) => string;
}

/**
 * Saved documents as the permalink page shows them, kept per document and store revision so a
 * shared link read many times costs one primary-key query instead of four. The revision is the
 * store's change counter (`Store.changeCounter`): every correction, suggestion, summary and
 * deletion bumps it, including a correction saved in another document that this one offers as a
 * suggestion, so an entry is used only while nothing it depends on can have changed. The counter
 * is read before the document, so an entry is never older than its key.
 *
 * Holds data and fragments of HTML, not pages (whole pages, with a fresh CSP nonce sewn into
 * each response, are PermalinkResponseCache's): the rows made from a revision are kept here
 * (`derived`, per interface language). Entries are shared between requests and must not be
 * mutated.
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
    const held = this.entries.get(id);
    if (held?.counter === counter) {
      // Most recently used last: eviction takes from the front.
      this.entries.delete(id);
      this.entries.set(id, held);
      return {
        document: held.document,
        fromCache: true,
        counter,
        derived: this.deriver(id, held),
      };
    }
    const document = await loadDocument(runtime, id);
    this.forget(id);
    // Unknown ids are not remembered: a later save never bumps the counter.
    if (document === undefined) return undefined;
    const entry: Entry = {
      counter,
      document,
      size: JSON.stringify(document).length * 2,
      derived: new Map(),
    };
    this.remember(id, entry);
    return { document, fromCache: false, counter, derived: this.deriver(id, entry) };
  }

  /** How many documents are held. */
  get size(): number {
    return this.entries.size;
  }

  private deriver(id: string, entry: Entry): CachedLoad["derived"] {
    return (key, make) => {
      const kept = entry.derived.get(key);
      if (kept !== undefined) return kept;
      const made = make();
      // An entry replaced meanwhile (a newer revision) or never kept (over the budget) holds
      // nothing more: its strings would outlive their use or escape the budget's count.
      if (this.entries.get(id) !== entry) return made;
      entry.derived.set(key, made);
      entry.size += made.length * 2;
      this.bytes += made.length * 2;
      this.evictOverBudget();
      return made;
    };
  }

  private remember(id: string, entry: Entry) {
    // A document larger than the whole budget is served but not kept.
    if (entry.size > this.budgetBytes) return;
    this.entries.set(id, entry);
    this.bytes += entry.size;
    this.evictOverBudget();
  }

  private evictOverBudget() {
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
