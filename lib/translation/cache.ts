import type { SentenceAlignment } from "./engine-spec";

/** What the cache keeps for one translated paragraph. */
export interface CachedTranslation {
  translation: string;
  sentences: SentenceAlignment[];
  /** Full id (`engine:model`) of the engine that produced the text. */
  engine: string;
}

/** The orchestrator's view of a cache; the store's write-through cache implements it too. */
export interface TranslationCache {
  get(key: string): CachedTranslation | undefined;
  set(key: string, value: CachedTranslation): void;
  /**
   * Loads entries a slower tier (the database) has for these keys, so that the synchronous
   * `get` finds them. Optional; a failure must not stop a translation.
   */
  prefetch?(keys: readonly string[]): Promise<void>;
  /**
   * Defers writes to slower tiers until the returned function is called, e.g. while a
   * document's engine answers are still arriving. Optional; `get` sees every `set` at once.
   */
  holdWrites?(): () => void;
}

function estimateBytes(key: string, value: CachedTranslation): number {
  // Strings are UTF-16 in V8. The per-pair and per-entry figures were measured on the V8 heap
  // (about 850 bytes for a typical short paragraph) and rounded up, so the bound is real memory.
  return (
    (key.length + value.translation.length + value.engine.length) * 2 +
    value.sentences.length * 160 +
    420
  );
}

/** A least-recently-used cache whose bound is the estimated memory of its entries. */
export class LruTranslationCache implements TranslationCache {
  readonly maxBytes: number;
  private readonly entries = new Map<string, { value: CachedTranslation; bytes: number }>();
  private totalBytes = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get(key: string): CachedTranslation | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: CachedTranslation): void {
    const bytes = estimateBytes(key, value);
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      this.totalBytes -= existing.bytes;
      this.entries.delete(key);
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.totalBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(oldestKey);
      this.totalBytes -= oldest.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }
}
