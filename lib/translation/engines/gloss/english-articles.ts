// English writes "an" before a vowel sound, which the spelling shows for most words; the
// exceptions are the words that begin with a "y" or "w" sound (university, one) or a silent h
// (hour), and acronyms read letter by letter (an MP, a BBC report).
const VOWEL_SPELLING = /^[aeiou]/i;
const CONSONANT_SOUND_VOWELS =
  /^(uni(?!n[aeiou]|ndi|nter)|use|usa|usu|uti|ura|ure|uro|eu|ewe|one\b|once)/i;
const SILENT_H = /^(hour|honest|honou?r|heir)/i;
const ACRONYM = /^[A-Z][A-Z0-9.]+$/;
const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");

/** Whether the indefinite article before this word is "an". */
export function takesAn(word: string): boolean {
  if (word === "") return false;
  if (ACRONYM.test(word) && word.length <= 6) return VOWEL_SOUND_LETTERS.has(word[0] ?? "");
  if (SILENT_H.test(word)) return true;
  return VOWEL_SPELLING.test(word) && !CONSONANT_SOUND_VOWELS.test(word);
}

/** "a" or "an" (keeping a capital A) for the word that follows it. */
export function indefiniteArticle(article: string, nextWord: string): string {
  if (article !== "a" && article !== "A" && article !== "an" && article !== "An") return article;
  const capital = article.startsWith("A");
  const an = takesAn(nextWord);
  return capital ? (an ? "An" : "A") : an ? "an" : "a";
}
