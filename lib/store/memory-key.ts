import { hash64 } from "@/lib/translation/cache";
import type { LanguageCode } from "@/lib/translation/engine-spec";

/**
 * The translation-memory key of a source paragraph: direction, length and a hash of the
 * normalised text. Any document holding the same paragraph in the same direction shares it,
 * whichever engine translated it, so a human correction follows the paragraph everywhere.
 */
export function memoryKey(source: LanguageCode, target: LanguageCode, text: string): string {
  return `${source}-${target}.${text.length}.${hash64(text)}`;
}

const MEMORY_KEY = /^(hi|en)-(hi|en)\.\d{1,9}\.[0-9a-f]{16}$/;

export function isMemoryKey(value: string): boolean {
  return MEMORY_KEY.test(value);
}
