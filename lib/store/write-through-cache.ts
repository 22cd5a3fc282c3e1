import "server-only";

import type {
  CachedTranslation,
  LruTranslationCache,
  TranslationCache,
} from "@/lib/translation/cache";
import type { TranslationCacheStore, TranslationEntry } from "./store-spec";

/**
 * The orchestrator's cache with the database behind it: reads come from memory, and keys that
 * memory lacks are fetched from the store before a document is looked up; every new translation
 * is written to the store in the background. A restart, or another instance sharing the
 * database, therefore reuses translations instead of paying an engine twice.
 */
export class WriteThroughCache implements TranslationCache {
  private queue: TranslationEntry[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly memoryTier: LruTranslationCache,
    /** The store when it is up; undefined while it is not, and the cache then stays in memory. */
    private readonly store: () => Promise<TranslationCacheStore | undefined>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  get(key: string): CachedTranslation | undefined {
    return this.memoryTier.get(key);
  }

  set(key: string, value: CachedTranslation): void {
    this.memoryTier.set(key, value);
    this.queue.push({ key, value });
    // Writes gathered while one flush runs go out together in the next.
    this.flushing ??= Promise.resolve().then(() => this.drain());
  }

  async prefetch(keys: readonly string[]): Promise<void> {
    const missing = keys.filter((key) => this.memoryTier.get(key) === undefined);
    if (missing.length === 0) return;
    const store = await this.store();
    if (!store) return;
    const found = await store.getTranslations(missing);
    for (const [key, value] of found) this.memoryTier.set(key, value);
  }

  /** Resolves once every translation set so far has been offered to the store. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
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
