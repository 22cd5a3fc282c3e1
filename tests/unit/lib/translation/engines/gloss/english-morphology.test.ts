import { describe, expect, it } from "vitest";
import {
  adverb,
  englishBaseForms,
  isPluralForm,
  pastParticiple,
  pastTense,
  plural,
  presentParticiple,
  superlative,
} from "@/lib/translation/engines/gloss/english-morphology";

describe("English base forms", () => {
  it("prefers the ending that leaves a real stem", () => {
    expect(englishBaseForms("routes").indexOf("route")).toBeLessThan(
      englishBaseForms("routes").indexOf("rout"),
    );
    expect(englishBaseForms("passes")[1]).toBe("pass");
    expect(englishBaseForms("charging")[1]).toBe("charge");
    expect(englishBaseForms("planned")[1]).toBe("plan");
    expect(englishBaseForms("walked")[1]).toBe("walk");
    expect(englishBaseForms("used")[1]).toBe("use");
  });

  it("knows irregular pasts, participles and plurals", () => {
    expect(englishBaseForms("said")).toContain("say");
    expect(englishBaseForms("taken")).toContain("take");
    expect(englishBaseForms("men")).toContain("man");
    expect(isPluralForm("men", "man")).toBe(true);
    expect(isPluralForm("routes", "route")).toBe(true);
    expect(isPluralForm("route", "route")).toBe(false);
  });
});

describe("English adverbs", () => {
  it("makes the -ly adverb of an adjective by its ending", () => {
    expect(adverb("serious")).toBe("seriously");
    expect(adverb("possible")).toBe("possibly");
    expect(adverb("basic")).toBe("basically");
    expect(adverb("easy")).toBe("easily");
    expect(adverb("true")).toBe("truly");
    expect(adverb("likely")).toBe("likely");
  });
});

describe("English inflection", () => {
  it("keeps a plural that is already one, and doubles a stressed final consonant", () => {
    expect(plural("goods")).toBe("goods");
    expect(plural("bus")).toBe("buses");
    expect(plural("class")).toBe("classes");
    expect(presentParticiple("begin")).toBe("beginning");
    expect(presentParticiple("visit")).toBe("visiting");
    expect(pastTense("swear")).toBe("swore");
    expect(pastParticiple("swear")).toBe("sworn");
    expect(pastTense("spread")).toBe("spread");
  });
});

describe("English superlatives", () => {
  it("adds -est to short adjectives, most before long ones, and knows the irregular ones", () => {
    expect(superlative("big")).toBe("biggest");
    expect(superlative("large")).toBe("largest");
    expect(superlative("high")).toBe("highest");
    expect(superlative("early")).toBe("earliest");
    expect(superlative("important")).toBe("most important");
    expect(superlative("recent")).toBe("most recent");
    expect(superlative("good")).toBe("best");
    expect(superlative("better")).toBe("best");
    expect(superlative("more")).toBe("most");
    // Words that rank by themselves keep their form (the first, the only).
    expect(superlative("first")).toBe("first");
    expect(superlative("only")).toBe("only");
  });
});
