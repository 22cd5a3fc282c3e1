import { describe, expect, it } from "vitest";
import {
  createEnglishSenseTable,
  parseSenseGroups,
  senseTableFromJson,
} from "@/lib/translation/engines/gloss/english-senses";

describe("English→Hindi sense table", () => {
  it("parses packed entries by part of speech, with gender and transitivity", () => {
    expect(parseSenseGroups("n:मार्ग/m|रास्ता/m;v:भेज दे/t;adj:नया;xx:कुछ")).toEqual({
      n: [
        { hindi: "मार्ग", feature: "m" },
        { hindi: "रास्ता", feature: "m" },
      ],
      v: [{ hindi: "भेज दे", feature: "t" }],
      adj: [{ hindi: "नया", feature: "" }],
    });
  });

  it("lets the team's own entry replace the dictionaries'", () => {
    const table = createEnglishSenseTable(new Map([["charge", "n:आक्रमण/m;v:ठूँस/t"]]));
    expect(table.lookup("charge")?.n?.[0]?.hindi).toBe("आरोप");
    expect(table.lookup("charge")?.v?.[0]?.hindi).toBe("आरोप लगा");
  });

  it("is safe against prototype keys", () => {
    const table = senseTableFromJson(JSON.parse('{"__proto__": "n:x", "route": "n:मार्ग/m"}'));
    expect(table.lookup("route")?.n?.[0]?.hindi).toBe("मार्ग");
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      if (name === "__proto__") continue;
      expect(table.lookup(name)).toBeUndefined();
    }
  });
});
