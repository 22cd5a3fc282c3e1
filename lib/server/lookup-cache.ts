import "server-only";

import type { WordLookup } from "@/lib/translation/engines/gloss/word-lookup";

/**
 * The lookup route's in-process cache, least recently used first out. A Map keeps insertion
 * order, so re-inserting on every hit makes its first key the least recently used one.
 */
export class LookupCache {
  private readonly entries = new Map<string, WordLookup>();

  constructor(private readonly capacity: number) {}

  get(key: string): WordLookup | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: WordLookup): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
