import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hindiPhonemes } from "@/lib/translation/engines/gloss/hindi-phonemes";
import { createLoanwordIndex } from "@/lib/translation/engines/gloss/loanwords";
import { encodeArpabet, phoneticDistance } from "@/lib/translation/engines/gloss/phonemes";

describe("phonetic distance", () => {
  it("is zero for the same sounds and small for sounds Hindi spelling merges", () => {
    expect(phoneticDistance("v^rcU^l", "v^rcU^l")).toBe(0);
    expect(phoneticDistance("vIza", "vIz^")).toBeCloseTo(0.2, 10);
    expect(phoneticDistance("wak", "vak")).toBeCloseTo(0.1, 10);
    expect(phoneticDistance("pat", "kat")).toBe(1);
  });

  it("stops early past its limit", () => {
    expect(phoneticDistance("abcdefg", "zzzzzzz", 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("encodes CMUdict pronunciations, splitting diphthongs and ER as Hindi writes them", () => {
    expect(encodeArpabet("S AE1 T AH0 L AY2 T")).toBe("s@t^lait");
    expect(encodeArpabet("V ER1 CH UW0 AH0 L")).toBe("v^rcU^l");
    expect(encodeArpabet("XX")).toBe("");
  });
});

describe("loanword matcher", () => {
  // A small table in the shipped format: commonest first.
  const small = createLoanwordIndex(
    [
      "social\tsOS^l",
      "petal\tpEt^l",
      "Patel\tp@t^l",
      "visa\tvIz^",
      "moody\tmUdI",
      "visor\tvaiz^r",
    ].join("\n"),
  );

  it("matches a loanword by its sounds", () => {
    expect(small.lookup(hindiPhonemes("सोशल"))).toBe("social");
    expect(small.lookup(hindiPhonemes("वीज़ा"))).toBe("visa");
  });

  it("leaves a name that only resembles an English word or name (पाटिल, मोदी)", () => {
    expect(small.lookup(hindiPhonemes("पाटिल"))).toBeUndefined();
    expect(small.lookup(hindiPhonemes("मोदी"))).toBeUndefined();
  });

  it("prefers the commoner word when two are as close", () => {
    const index = createLoanwordIndex("sale\tsEl\nsail\tsEl\n");
    expect(index.lookup("sEl")).toBe("sale");
  });

  it("recovers at least 85% of a list of loanwords from the dev sets with the shipped table", () => {
    const table = readFileSync(
      path.join(process.cwd(), "data", "gloss", "en-pronunciations.txt"),
      "utf8",
    );
    const index = createLoanwordIndex(table);
    const list = readFileSync(
      path.join(
        process.cwd(),
        "tests",
        "unit",
        "lib",
        "translation",
        "engines",
        "gloss",
        "loanwords-dev.tsv",
      ),
      "utf8",
    )
      .trim()
      .split("\n")
      .map((line) => line.split("\t") as [string, string]);
    // Case aside: the table writes a word capitalised when English mostly does (President).
    const right = list.filter(
      ([hindi, english]) =>
        index.lookup(hindiPhonemes(hindi))?.toLowerCase() === english.toLowerCase(),
    );
    expect(list.length).toBeGreaterThanOrEqual(100);
    expect(right.length / list.length).toBeGreaterThanOrEqual(0.85);
  });
});
