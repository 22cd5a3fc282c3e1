import { describe, expect, it } from "vitest";
import { hindiKey } from "@/lib/text/hindi-key";
import { glossParagraph } from "@/lib/translation/engines/gloss/gloss-text";
import { ownKeyTable, type GlossLexicon } from "@/lib/translation/engines/gloss/lexicon-types";

// Two lexicons that render the same made-up words differently.
const lexiconWith = (senses: Record<string, string>, phraseStarts: string[]): GlossLexicon => ({
  hindiToEnglish: ownKeyTable(
    Object.fromEntries(Object.entries(senses).map(([word, sense]) => [hindiKey(word), sense])),
  ),
  englishToHindi: {},
  hindiLemmas: ownKeyTable({}),
  hindiPhraseStarts: new Set(phraseStarts.map((word) => hindiKey(word))),
});
const first = lexiconWith({ झुमरू: "tree", टिमकू: "river", "झुमरू टिमकू": "forest" }, ["झुमरू"]);
const second = lexiconWith({ झुमरू: "stone", टिमकू: "hill" }, []);
const gloss = (text: string, lexicon: GlossLexicon) =>
  glossParagraph(text, "hi", lexicon).translation;

describe("gloss memo", () => {
  it("keeps each lexicon's renderings apart when glossing alternates between them", () => {
    // A word's cached place in the span memo belongs to one lexicon's memo: reusing it with
    // another lexicon would print the first lexicon's words.
    for (let round = 0; round < 3; round += 1) {
      expect(gloss("टिमकू झुमरू टिमकू।", first)).toBe("River forest.");
      expect(gloss("टिमकू झुमरू टिमकू।", second)).toBe("Hill stone hill.");
      expect(gloss("झुमरू।", first)).toBe("Tree.");
    }
  });
});
