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
export function createEnglishSenseTable(packed: ReadonlyMap<string, string>): EnglishSenseTable {
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

/** Reads the packed JSON object (already parsed) into a prototype-safe map. */
export function senseTableFromJson(json: unknown): EnglishSenseTable {
  const packed = new Map<string, string>();
  if (json !== null && typeof json === "object") {
    for (const [english, value] of Object.entries(json)) {
      if (typeof value === "string") packed.set(english, value);
    }
  }
  return createEnglishSenseTable(packed);
}
