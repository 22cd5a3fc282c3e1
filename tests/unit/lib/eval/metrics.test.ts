import { describe, expect, it } from "vitest";
import { corpusBleu, tokenize13a } from "@/lib/eval/bleu";
import { chrfStatistics, chrfWords, corpusChrf } from "@/lib/eval/chrf";

describe("chrF++", () => {
  it("is 100 for identical text and 0 for nothing in common", () => {
    expect(corpusChrf(["the cat sat."], ["the cat sat."])).toBeCloseTo(100, 10);
    expect(corpusChrf(["xyz"], ["abc"])).toBe(0);
  });

  it("matches a hand computation: 'a b' against 'a c' is 25", () => {
    // Characters (spaces removed) "ab" vs "ac": order 1 → 2/2/1, order 2 → 1/1/0, orders 3–6 absent.
    // Words [a b] vs [a c]: order 1 → 2/2/1, order 2 → 1/1/0. Four effective orders:
    // P = R = (0.5 + 0 + 0.5 + 0) / 4 = 0.25, and F2 = 5·P·R / (4P + R) = 0.25.
    expect(chrfStatistics("a b", "a c")).toEqual([
      2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1, 1, 0,
    ]);
    expect(corpusChrf(["a b"], ["a c"])).toBeCloseTo(25, 10);
  });

  it("weights recall twice as much as precision (beta 2)", () => {
    // "aa" vs "a": order 1: hyp 2, ref 1, match 1 → P = 0.5, R = 1; order 2: the reference has
    // none, so it is not effective. Words [aa] vs [a]: 1/1/0 → P = R = 0.
    // P = 0.25, R = 0.5 → F2 = 5·0.125 / (1 + 0.5) = 0.41666…
    expect(corpusChrf(["aa"], ["a"])).toBeCloseTo(41.6667, 3);
  });

  it("sums statistics over the corpus before scoring", () => {
    const corpus = corpusChrf(["a b", "the cat sat."], ["a c", "the cat sat."]);
    const mean =
      (corpusChrf(["a b"], ["a c"]) + corpusChrf(["the cat sat."], ["the cat sat."])) / 2;
    expect(corpus).not.toBeCloseTo(mean, 3);
    expect(corpus).toBeGreaterThan(25);
  });

  it("splits one punctuation mark off a word's end, or else its start", () => {
    expect(chrfWords("Hello, (world) x")).toEqual(["Hello", ",", "(world", ")", "x"]);
  });

  it("counts Devanagari by code point", () => {
    expect(corpusChrf(["नमस्ते दुनिया"], ["नमस्ते दुनिया"])).toBeCloseTo(100, 10);
    expect(corpusChrf(["नमस्ते"], ["दुनिया"])).toBeLessThan(20);
  });
});

describe("BLEU", () => {
  it("tokenises like mteval-v13a", () => {
    expect(tokenize13a("Hello, world! It costs $3.50 (approx.) in 2020-21.")).toEqual([
      "Hello",
      ",",
      "world",
      "!",
      "It",
      "costs",
      "$",
      "3.50",
      "(",
      "approx",
      ".",
      ")",
      "in",
      "2020",
      "-",
      "21",
      ".",
    ]);
    expect(tokenize13a("&quot;quoted&quot;")).toEqual(['"', "quoted", '"']);
  });

  it("is 100 for identical text", () => {
    expect(
      corpusBleu(["the cat sat on the mat ."], ["the cat sat on the mat ."]).score,
    ).toBeCloseTo(100, 10);
  });

  it("matches a hand computation: 'a b c d e' against 'a b c d f' is (80·75·66.67·50)^(1/4)", () => {
    const result = corpusBleu(["a b c d e"], ["a b c d f"]);
    expect(result.precisions.map((value) => Number(value.toFixed(4)))).toEqual([
      80, 75, 66.6667, 50,
    ]);
    expect(result.score).toBeCloseTo(Math.pow(20_000_000, 0.25), 8);
    expect(result.score).toBeCloseTo(66.874, 3);
  });

  it("applies the brevity penalty to short output", () => {
    const result = corpusBleu(["a b c d"], ["a b c d e f"]);
    expect(result.brevityPenalty).toBeCloseTo(Math.exp(1 - 6 / 4), 10);
    expect(result.score).toBeCloseTo(100 * Math.exp(1 - 6 / 4), 8);
  });

  it("smooths a zero match count at a higher order ('exp' smoothing)", () => {
    // 1-grams 4/4, 2-grams 1/3 (only "a b"), 3-grams 0/2 → 100/(2·2), 4-grams 0/1 → 100/(4·1).
    const result = corpusBleu(["a b x d"], ["a b d x"]);
    expect(result.precisions.map((value) => Number(value.toFixed(4)))).toEqual([
      100, 33.3333, 25, 25,
    ]);
  });

  it("is 0 when an order has no n-grams at all", () => {
    expect(corpusBleu(["a b"], ["a b c"]).score).toBeCloseTo(0, 6);
  });
});
