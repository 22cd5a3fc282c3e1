import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { loadGlossLexicon } from "@/lib/translation/engines/gloss/lexicon";

const engine = createGlossEngine();
const translate = async (text: string, source: "hi" | "en") =>
  (await engine.doTranslate({ segments: [text], source, target: source === "hi" ? "en" : "hi" }))
    .translations[0] ?? "";

// Every name Object.prototype carries (constructor, toString, __proto__, hasOwnProperty, …).
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
// The same names as a Hindi writer would spell them in Devanagari.
const DEVANAGARI_SPELLINGS = [
  "कंस्ट्रक्टर",
  "कन्स्ट्रक्टर",
  "टूस्ट्रिंग",
  "वैल्यूऑफ़",
  "हैज़ओनप्रॉपर्टी",
  "प्रोटो",
  "प्रोटोटाइप",
  "आइसप्रोटोटाइपऑफ़",
  "टूलोकेलस्ट्रिंग",
];
const lexicon = loadGlossLexicon();
// Hindi words whose English sense is itself a prototype name (निर्माता → constructor): the
// English side of a lookup must be just as safe as the Hindi side.
const HINDI_GLOSSING_TO_PROTOTYPE_NAMES = [...lexicon.hindiToEnglish.entries()]
  .filter(([, senses]) => senses.split("|").some((sense) => PROTOTYPE_NAMES.includes(sense)))
  .map(([key]) => key)
  .slice(0, 20);

// What a leaked prototype member looks like once it is turned into text.
const LEAK = /native code|\[object|function\s*\w*\s*\(|=>|undefined|NaN/i;

describe("gloss engine and prototype keys", () => {
  it("renders निर्माताओं ने कहा। as words, not a function's source", async () => {
    const output = await translate("निर्माताओं ने कहा।", "hi");
    expect(output).not.toMatch(LEAK);
    expect(output).toMatch(/said/);
  });

  it("has Hindi words whose sense is a prototype name to test with", () => {
    expect(HINDI_GLOSSING_TO_PROTOTYPE_NAMES.length).toBeGreaterThan(0);
  });

  it("never leaks a prototype member, whatever the mix of words, in either direction", async () => {
    const hindiWord = fc.constantFrom(
      ...DEVANAGARI_SPELLINGS,
      ...HINDI_GLOSSING_TO_PROTOTYPE_NAMES,
      "निर्माताओं",
      "ने",
      "कहा",
      "के",
      "लिए",
      "सरकार",
      "में",
    );
    const latinWord = fc.constantFrom(...PROTOTYPE_NAMES, "the", "makers", "said", "of");
    const sentence = fc.array(fc.oneof(hindiWord, latinWord), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        sentence,
        fc.constantFrom("hi" as const, "en" as const),
        async (words, source) => {
          const text = `${words.join(" ")}।`;
          const output = await translate(text, source);
          expect(output).not.toMatch(LEAK);
          // Latin-script names inside Hindi text pass through exactly.
          if (source === "hi") {
            for (const word of words.filter((word) => PROTOTYPE_NAMES.includes(word))) {
              expect(output).toContain(word);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("passes every prototype name alone through both directions without a leak", async () => {
    for (const name of [...PROTOTYPE_NAMES, ...DEVANAGARI_SPELLINGS]) {
      for (const source of ["hi", "en"] as const) {
        expect(await translate(name, source)).not.toMatch(LEAK);
      }
    }
  });
});
