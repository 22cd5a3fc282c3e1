/**
 * The English→Hindi sense table: English word → Hindi senses grouped by part of speech, best
 * first. Built by scripts/gloss-data/english-hindi.ts into data/gloss/en-hi-senses.json as one
 * compact string per word ("n:मार्ग/m|रास्ता/m;v:भेज दे/t"), parsed the first time a word is
 * looked up so that loading stays a single JSON parse.
 */
import { TEAM_SENSES } from "./english-hindi-tables";

export type SensePart = "n" | "np" | "v" | "adj" | "adv";

export interface Sense {
  hindi: string;
  /** m / f for nouns, t / i (transitive, intransitive) for verbs, "" when unknown. */
  feature: string;
}

export type SenseGroups = Partial<Record<SensePart, Sense[]>>;

export interface EnglishSenseTable {
  /** Senses of a lower-case English word or phrase, or undefined when no source knows it. */
  lookup(english: string): SenseGroups | undefined;
}

const PARTS = new Set<string>(["n", "np", "v", "adj", "adv"]);

/** Parses one packed entry; unknown parts of speech are skipped. */
export function parseSenseGroups(packed: string): SenseGroups {
  const groups: SenseGroups = {};
  for (const group of packed.split(";")) {
    const colon = group.indexOf(":");
    const part = group.slice(0, colon);
    if (colon === -1 || !PARTS.has(part)) continue;
    groups[part as SensePart] = group
      .slice(colon + 1)
      .split("|")
      .filter((sense) => sense !== "")
      .map((sense) => {
        const slash = sense.indexOf("/");
        return slash === -1
          ? { hindi: sense, feature: "" }
          : { hindi: sense.slice(0, slash), feature: sense.slice(slash + 1) };
      });
  }
  return groups;
}

/**
 * A sense table over packed entries. Where the team has its own entry (TEAM_SENSES) it replaces
 * the dictionaries' entry for that word.
 */
export function createEnglishSenseTable(packed: {
  get(english: string): string | undefined;
}): EnglishSenseTable {
  const parsed = new Map<string, SenseGroups | null>();
  return {
    lookup(english) {
      const cached = parsed.get(english);
      if (cached !== undefined) return cached ?? undefined;
      const fromData = packed.get(english);
      const fromTeam = TEAM_SENSES.get(english);
      let groups: SenseGroups | null = null;
      if (fromData !== undefined || fromTeam !== undefined) {
        // The team's entry is a decision about the whole word: it replaces the dictionaries'.
        groups = parseSenseGroups(fromTeam ?? fromData ?? "");
      }
      if (parsed.size > 100_000) parsed.clear();
      parsed.set(english, groups);
      return groups ?? undefined;
    },
  };
}

/**
 * A table over the packed JSON object as parsed, without copying it into a Map (that copy
 * would double the load time). Lookups go through Object.hasOwn, so prototype names such as
 * "constructor" or "__proto__" are never found on Object.prototype.
 */
export function senseTableFromJson(json: unknown): EnglishSenseTable {
  const record: Record<string, unknown> =
    json !== null && typeof json === "object" ? (json as Record<string, unknown>) : {};
  return createEnglishSenseTable({
    get(english) {
      if (!Object.hasOwn(record, english)) return undefined;
      const value = record[english];
      return typeof value === "string" ? value : undefined;
    },
  });
}
