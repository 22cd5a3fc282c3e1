/**
 * The languages Dvibhashi reads and writes. They sit at the bottom layer because text
 * handling (sentences, language detection) needs them as much as translation does.
 */

/** ISO 639-1 codes of the two languages the app works in. */
export type LanguageCode = "hi" | "en";

/** A translation direction. */
export interface LanguagePair {
  /** Language of the text sent to the engine. */
  source: LanguageCode;
  /** Language the engine writes. */
  target: LanguageCode;
}
