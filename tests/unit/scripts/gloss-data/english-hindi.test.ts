import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildEnglishHindiSenses } from "@/scripts/gloss-data/english-hindi";

const folder = mkdtempSync(path.join(os.tmpdir(), "en-hi-senses-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const entry = (english: string, part: string, hindi: string, tags: string) =>
  `<e><p><l>${english}<s n="${part}"/></l><r>${hindi}${tags}</r></p></e>`;

function sharedWith(entries: string[]): string {
  const shared = path.join(folder, `shared-${entries.length}`);
  mkdirSync(path.join(shared, "data", "apertium-eng-hin"), { recursive: true });
  writeFileSync(
    path.join(shared, "data", "apertium-eng-hin", "apertium-eng-hin.eng-hin.dix"),
    `<dictionary><section id="main" type="standard">\n${entries.join("\n")}\n` +
      `<!-- <e><p><l>ghost<s n="n"/></l><r>भूत<s n="n"/></r></p></e> -->\n</section></dictionary>`,
  );
  return shared;
}

const freedict = path.join(folder, "freedict.dict.dz");
writeFileSync(
  freedict,
  gzipSync(
    [
      "charge /tʃ/ <N>",
      "1. आरोप",
      "2. शुल्क",
      "route /r/ <N>",
      "1. मार्ग",
      "march /m/ <V>",
      "1. प्रयाण~करना",
      "",
    ].join("\n"),
  ),
);
const noHindiDictionary = path.join(folder, "missing.dix");

describe("English→Hindi sense table build", () => {
  it("groups senses by part of speech, with gender and transitivity, and keeps names apart", () => {
    const shared = sharedWith([
      entry("route", "n", "मार्ग", '<s n="n"/><s n="m"/>'),
      entry("route", "vblex", "भेज<b/>दे", '<s n="vblex"/><s n="tv"/>'),
      entry("March", "n", "मार्च", '<s n="n"/><s n="m"/>'),
      entry("march", "n", "कूच", '<s n="n"/><s n="m"/>'),
    ]);
    const table = buildEnglishHindiSenses(
      shared,
      {},
      { freedict: path.join(folder, "none.dz"), hindiDictionary: noHindiDictionary },
    );
    expect(table.route).toBe("n:मार्ग/m;v:भेज दे/t");
    expect(table.march).toBe("n:कूच/m;np:मार्च/m");
    expect(table.ghost).toBeUndefined();
  });

  it("ranks a sense both dictionaries agree on above one only Apertium lists", () => {
    const shared = sharedWith([
      entry("charge", "n", "आक्रमण", '<s n="n"/><s n="m"/>'),
      entry("charge", "n", "आरोप", '<s n="n"/><s n="m"/>'),
      entry("charge", "n", "इंचार्ज", '<s n="n"/><s n="m"/>'),
    ]);
    const table = buildEnglishHindiSenses(
      shared,
      {},
      { freedict, hindiDictionary: noHindiDictionary },
    );
    expect(table.charge?.startsWith("n:आरोप/m|")).toBe(true);
    // FreeDict verbs are infinitives; the table keeps stems.
    expect(table.march).toContain("v:प्रयाण कर");
  });

  it("moves a Hindi infinitive listed as an adjective into the verbs, as a stem", () => {
    const shared = sharedWith([
      entry("manufacture", "adj", "बनाना", '<s n="adj"/>'),
      entry("manufactured", "adj", "बनाना", '<s n="adj"/>'),
    ]);
    const hindiDictionary = path.join(folder, "hin.dix");
    writeFileSync(hindiDictionary, '<dictionary><e lm="बना"><i>बना</i></e></dictionary>');
    const table = buildEnglishHindiSenses(
      shared,
      {},
      { freedict: path.join(folder, "none.dz"), hindiDictionary },
    );
    // Without lt-expand (not installed everywhere) no infinitive is known and nothing moves;
    // with it, बनाना is बना's infinitive. Either way -ed words keep their adjective.
    expect(["v:बना", "adj:बनाना"]).toContain(table.manufacture);
    expect(table.manufactured).toBe("adj:बनाना");
  });

  it("lets round-trip agreement from the Hindi→English table break ties", () => {
    const shared = sharedWith([
      entry("book", "n", "ग्रंथ", '<s n="n"/><s n="m"/>'),
      entry("book", "n", "किताब", '<s n="n"/><s n="f"/>'),
    ]);
    const table = buildEnglishHindiSenses(
      shared,
      { किताब: ["book"], ग्रंथ: ["scripture"] },
      { freedict: path.join(folder, "none.dz"), hindiDictionary: noHindiDictionary },
    );
    expect(table.book).toBe("n:किताब/f|ग्रंथ/m");
  });
});
