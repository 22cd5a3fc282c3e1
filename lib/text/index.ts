export {
  normalizeText,
  normalizeParagraph,
  hasTranslatableContent,
  replaceLoneSurrogates,
} from "./normalize";
export { segmentParagraphs, type ParagraphSpan } from "./paragraphs";
export { segmentSentences, type SentenceSpan } from "./sentences";
export { detectLanguage, profileScripts, type ScriptProfile } from "./detect-language";
