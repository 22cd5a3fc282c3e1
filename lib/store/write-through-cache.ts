import "server-only";

import type {
  CachedTranslation,
  LruTranslationCache,
  TranslationCache,
} from "@/lib/translation/cache";
import type { SharedState } from "@/lib/translation/shared-state";
import type { TranslationCacheStore, TranslationEntry } from "./store-spec";

/**
 * Writes held while documents are being translated, at most: beyond this many (several long
 * documents at once, or one very long one) they go to the database anyway, so memory stays
 * bounded and a crash loses little.
 */
const MAX_HELD_WRITES = 2_000;

/** The shared tier between memory and the database (Redis when REDIS_URL is set). */
export interface SharedCacheTier {
  state: SharedState;
  /** How long an entry stays in the shared tier after it was last written. */
  ttlMs: number;
}

/**
 * The orchestrator's cache with the database behind it: reads come from memory, and keys that
 * memory lacks are fetched from the store before a document is looked up; every new translation
 * is written to the store in the background. A restart, or another instance sharing the
 * database, therefore reuses translations instead of paying an engine twice.
 *
 * With a shared tier (Redis), lookups go memory → shared tier → database, and a translation
 * made by one instance is found by the others without a database round trip. The shared tier
 * holds entries for a TTL only; the database remains the copy that lasts.
 */
export class WriteThroughCache implements TranslationCache {
  private queue: TranslationEntry[] = [];
  private flushing: Promise<void> | undefined;
  /** Documents being translated; their writes wait (see holdWrites). */
  private holds = 0;

  constructor(
    private readonly memoryTier: LruTranslationCache,
    /** The store when it is up; undefined while it is not, and the cache then stays in memory. */
    private readonly store: () => Promise<TranslationCacheStore | undefined>,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly shared?: SharedCacheTier,
  ) {}

  get(key: string): CachedTranslation | undefined {
    return this.memoryTier.get(key);
  }

  set(key: string, value: CachedTranslation): void {
    this.memoryTier.set(key, value);
    this.queue.push({ key, value });
    // While a document is being translated its writes wait (up to a bound), so no database
    // write runs between one engine answer and the next.
    if (this.holds > 0 && this.queue.length < MAX_HELD_WRITES) return;
    this.scheduleDrain();
  }

  /**
   * Holds the slower tiers' writes until the returned function is called (each hold once; the
   * writes go when the last hold ends, or when MAX_HELD_WRITES are waiting). The orchestrator
   * holds them while it translates a document: a synchronous SQLite write of 30 paragraphs took
   * 1–3 ms, and it ran between an engine's answer and the reassembly of the next batch, which
   * had already arrived, holding back that batch's paragraphs on the reader's stream.
   */
  holdWrites(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0 && this.queue.length > 0) this.scheduleDrain();
    };
  }

  private scheduleDrain(): void {
    // Writes gathered while one flush runs go out together in the next. The first waits for
    // one setImmediate rather than a microtask: the database write (synchronous with SQLite,
    // an fsync under load) then runs after the reader's stream has written what was queued
    // before it (the orchestrator hands a paragraph on, and ends a document, before the write
    // is scheduled). A timer waited longer and at a random place: its phase comes before
    // setImmediate's, so the write could land between a translation and the stream write that
    // sends it.
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.drain(),
    );
  }

  async prefetch(keys: readonly string[]): Promise<void> {
    let missing = keys.filter((key) => this.memoryTier.get(key) === undefined);
    if (missing.length === 0) return;
    if (this.shared) {
      const values = await this.shared.state.getMany(missing.map(sharedKey));
      const stillMissing: string[] = [];
      missing.forEach((key, index) => {
        const value = parseCachedTranslation(values[index]);
        if (value) this.memoryTier.set(key, value);
        else stillMissing.push(key);
      });
      missing = stillMissing;
      if (missing.length === 0) return;
    }
    const store = await this.store();
    if (!store) return;
    const found = await store.getTranslations(missing);
    for (const [key, value] of found) this.memoryTier.set(key, value);
    // What the database had is hot again: the other instances find it in the shared tier.
    if (this.shared && found.size > 0) {
      await this.shared.state.setMany(
        [...found].map(([key, value]) => [sharedKey(key), JSON.stringify(value)] as const),
        this.shared.ttlMs,
      );
    }
  }

  /** Offers every translation set so far to the store, held or not, and resolves once done. */
  async flush(): Promise<void> {
    if (this.queue.length > 0) this.scheduleDrain();
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        if (this.shared) {
          await this.shared.state.setMany(
            batch.map(({ key, value }) => [sharedKey(key), JSON.stringify(value)] as const),
            this.shared.ttlMs,
          );
        }
        const store = await this.store();
        if (!store) continue;
        try {
          await store.putTranslations(batch);
        } catch (error) {
          // The memory tier still has them; losing the database copy only costs a later call.
          this.onError(error);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }
}

const sharedKey = (key: string) => `translation:${key}`;

/** An entry read back from the shared tier; undefined for anything not of its shape. */
function parseCachedTranslation(text: string | undefined): CachedTranslation | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<CachedTranslation> | null;
    if (
      typeof value?.translation !== "string" ||
      typeof value.engine !== "string" ||
      !Array.isArray(value.sentences)
    )
      return undefined;
    return { translation: value.translation, engine: value.engine, sentences: value.sentences };
  } catch {
    return undefined;
  }
}
