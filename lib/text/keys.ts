import type { LanguageCode } from "./language";

/*
 * Keys shared by the browser and the server: the translation cache's key and the translation
 * memory's key. Pure string work with no imports beyond the language type, so the browser
 * bundle that computes a key does not pull in the cache or the store.
 */

// FNV-1a over UTF-16 code units, run twice with different offsets into two 32-bit halves.
// Pure JS so the same key works in the browser and on the server; with the text length in the
// key as well, an accidental collision between two paragraphs is not a practical concern.
export function hash64(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (first >>> 15);
  }
  return (first >>> 0).toString(16).padStart(8, "0") + (second >>> 0).toString(16).padStart(8, "0");
}

/** Cache key for one paragraph: engine, model, direction and a hash of the normalised text. */
export function translationCacheKey(parts: {
  engineId: string;
  modelId: string;
  source: LanguageCode;
  target: LanguageCode;
  text: string;
}): string {
  return `${parts.engineId}\u0000${parts.modelId}\u0000${parts.source}-${parts.target}\u0000${parts.text.length}:${hash64(parts.text)}`;
}

/**
 * The translation-memory key of a source paragraph: direction, length and a hash of the
 * normalised text. Any document holding the same paragraph in the same direction shares it,
 * whichever engine translated it, so a human correction follows the paragraph everywhere.
 */
export function memoryKey(source: LanguageCode, target: LanguageCode, text: string): string {
  return `${source}-${target}.${text.length}.${hash64(text)}`;
}
