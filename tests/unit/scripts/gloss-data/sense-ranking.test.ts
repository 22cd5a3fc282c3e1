import { describe, expect, it } from "vitest";
import {
  partOfSpeech,
  rankSenses,
  type PartOfSpeech,
  type SenseCandidate,
} from "@/scripts/gloss-data/sense-ranking";

const noun = new Set<PartOfSpeech>(["noun"]);
const sense = (english: string, extra: Partial<SenseCandidate>): SenseCandidate => ({
  english,
  partsOfSpeech: noun,
  frequency: 0,
  ...extra,
});

describe("sense ranking", () => {
  it("prefers a sense both dictionaries give over one listed first by only one", () => {
    const ranked = rankSenses(
      [
        sense("sophistication", { apertiumBackRank: 0 }),
        sense("expertise", { apertiumBackRank: 1, freeDictScore: 1 }),
      ],
      noun,
      3,
    );
    expect(ranked[0]).toBe("expertise");
  });

  it("prefers the ordinary, frequent word when the evidence is otherwise equal", () => {
    const ranked = rankSenses(
      [
        sense("domicile", { freeDictScore: 0 }),
        sense("house", { freeDictScore: 0, frequency: 40_000 }),
      ],
      noun,
      3,
    );
    expect(ranked).toEqual(["house", "domicile"]);
  });

  it("prefers a sense whose part of speech matches the Hindi word's", () => {
    const ranked = rankSenses(
      [
        sense("run", { freeDictScore: 0, partsOfSpeech: new Set(["verb"]) }),
        sense("race", { freeDictScore: 0.5, partsOfSpeech: noun }),
      ],
      noun,
      3,
    );
    expect(ranked[0]).toBe("race");
  });

  it("rewards a round trip: the English word's first rendering is this Hindi word", () => {
    const ranked = rankSenses(
      [
        sense("flat", { freeDictScore: 0 }),
        sense("house", { freeDictScore: 1.5, freeDictBackRank: 0 }),
      ],
      noun,
      3,
    );
    expect(ranked[0]).toBe("house");
  });

  it("keeps at most the number asked for", () => {
    const many = ["a", "b", "c", "d"].map((word, index) => sense(word, { freeDictScore: index }));
    expect(rankSenses(many, noun, 3)).toEqual(["a", "b", "c"]);
  });

  it("maps the sources' tags to coarse parts of speech", () => {
    expect(partOfSpeech("vblex")).toBe("verb");
    expect(partOfSpeech("VT")).toBe("verb");
    expect(partOfSpeech("Adj")).toBe("adjective");
    expect(partOfSpeech("top")).toBe("name");
    expect(partOfSpeech("xyz")).toBe("other");
  });
});
