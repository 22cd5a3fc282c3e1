import { readFileSync } from "node:fs";
import { hindiKey } from "../../lib/text/hindi-key";

/** Where Debian's unicode-cldr-core puts the locale data. */
export const CLDR_MAIN = "/usr/share/unicode/cldr/common/main";

const decodeEntities = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** type → name, for one element kind (territory, language) of one CLDR locale file. */
function names(xml: string, element: string, withAlternatives: boolean): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pattern = new RegExp(`<${element} type="([^"]+)"( alt="[^"]+")?>([^<]+)</${element}>`, "g");
  for (const [, type = "", alt, name = ""] of xml.matchAll(pattern)) {
    if (alt !== undefined && !withAlternatives) continue;
    const list = found.get(type) ?? [];
    list.push(decodeEntities(name.trim()));
    found.set(type, list);
  }
  return found;
}

/** Currency code → display names (the plain one and its count forms). */
function currencies(xml: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, type = "", body = ""] of xml.matchAll(
    /<currency type="([^"]+)">([\s\S]*?)<\/currency>/g,
  )) {
    const displayNames = [
      ...body.matchAll(/<displayName(?: count="[^"]+")?>([^<]+)<\/displayName>/g),
    ].map((match) => (match[1] ?? "").trim());
    if (displayNames.length > 0) found.set(type, displayNames);
  }
  return found;
}

/**
 * Hindi key → English name for the places (territories), languages and currencies CLDR names in
 * both Hindi and English (Unicode licence). The English side is CLDR's own English name.
 */
export function readCldrNames(main: string = CLDR_MAIN): Record<string, string> {
  const hindi = readFileSync(`${main}/hi.xml`, "utf8");
  const english = readFileSync(`${main}/en.xml`, "utf8");
  const table: Record<string, string> = {};
  const add = (hindiNames: Map<string, string[]>, englishNames: Map<string, string[]>) => {
    for (const [type, hindiList] of hindiNames) {
      const englishName = englishNames.get(type)?.[0];
      // Numeric region codes (001 World, 419 Latin America) are groupings, not names in news.
      if (englishName === undefined || /^\d+$/.test(type)) continue;
      for (const name of hindiList) {
        if (!/^[\u0900-\u097F\s-]+$/.test(name)) continue;
        const key = hindiKey(name);
        if (!Object.hasOwn(table, key)) table[key] = englishName;
      }
    }
  };
  add(names(hindi, "territory", true), names(english, "territory", false));
  add(names(hindi, "language", true), names(english, "language", false));
  add(currencies(hindi), currencies(english));
  return table;
}

/** The first words of the multi-word Hindi names, for the gloss's phrase index. */
export function cldrPhraseStarts(main: string = CLDR_MAIN): string[] {
  const hindi = readFileSync(`${main}/hi.xml`, "utf8");
  const starts = new Set<string>();
  for (const [, name = ""] of hindi.matchAll(
    /<(?:territory|language|displayName)[^>]*>([^<]+)</g,
  )) {
    const words = name.trim().split(/[\s-]+/);
    if (words.length > 1 && /^[\u0900-\u097F]/.test(words[0] ?? ""))
      starts.add(hindiKey(words[0] ?? ""));
  }
  return [...starts];
}
