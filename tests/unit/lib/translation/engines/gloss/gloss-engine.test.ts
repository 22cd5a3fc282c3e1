import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { readAcronym } from "@/lib/translation/engines/gloss/gloss-text";
import { loadGlossLexicon } from "@/lib/translation/engines/gloss/lexicon";
import { translateDocument } from "@/lib/translation/orchestrator";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { segmentParagraphs } from "@/lib/text/paragraphs";

const engine = createGlossEngine();
const translate = async (text: string, source: "hi" | "en" = "hi") =>
  (await engine.doTranslate({ segments: [text], source, target: source === "hi" ? "en" : "hi" }))
    .translations[0] ?? "";

describe("gloss engine, Hindi → English", () => {
  it("is an offline draft", async () => {
    expect(engine.kind).toBe("offline");
    expect(engine.quality).toBe("draft");
    expect(await engine.checkAvailability()).toEqual({ available: true });
  });

  it("renders function words, names and numbers", async () => {
    const output = await translate("बेंगलुरु में 500 नई बसें।");
    expect(output).toBe("In Bengaluru 500 new buses.");
  });

  it("uses the dictionary for content words and drops the ergative ने", async () => {
    const output = await translate("सरकार ने योजना को मंजूरी दी।");
    // SOV → SVO: the clause-final verb follows the ergative subject.
    // मंजूरी देना is one noun + light verb unit, read as one English verb.
    expect(output).toMatch(/^Government (approved|permitted|sanctioned) (the )?plan\.$/);
    expect(output).not.toMatch(/ने/);
  });

  it("matches compound verbs through the verb's lemma and puts them in the past", async () => {
    expect(await translate("समिति ने प्रस्ताव पर विचार किया।")).toMatch(
      /\b(considered|imagined|deliberated|mulled over)\b/,
    );
    expect(await translate("मंत्री ने किसानों को आमंत्रित किया।")).toMatch(/\binvited\b/);
  });

  it("matches spelling variants (लिये/लिए, nukta) through the shared key", async () => {
    expect(await translate("बच्चों के लिये स्कूल।")).toBe(await translate("बच्चों के लिए स्कूल।"));
  });

  it("romanises unknown words as Hindi is read, capitalised as names", async () => {
    expect(await translate("पाटिल और कर्नाटक")).toBe("Patil and Karnataka");
    expect(await translate("एम. बी. पाटिल")).toBe("M. B. Patil");
    expect(readAcronym("एएनआई")).toBe("ANI");
  });

  it("keeps Devanagari digits as numbers and Latin text as it is", async () => {
    expect(await translate("२०२६ में Tata Motors")).toBe("In 2026 Tata Motors");
  });

  it("gives exact sentence alignments, one per sentence", async () => {
    const text = "बारिश हुई। लोग खुश हैं।";
    const result = await engine.doTranslate({ segments: [text], source: "hi", target: "en" });
    const alignment = result.alignments?.[0] ?? [];
    const translation = result.translations[0] ?? "";
    expect(alignment).toHaveLength(2);
    expect(text.slice(...(alignment[0]?.source ?? [0, 0]))).toBe("बारिश हुई।");
    // A verbless clause puts its copula before the predicate: "People are happy."
    expect(translation.slice(...(alignment[1]?.target ?? [0, 0]))).toBe("People are happy.");
  });

  it("translates the whole sample article through the orchestrator without losing a paragraph", async () => {
    const { paragraphs } = segmentParagraphs(HINDI_SAMPLE.text);
    const results = await translateDocument({
      engine,
      paragraphs: paragraphs.map((p) => p.text),
      source: "hi",
      target: "en",
    });
    expect(results).toHaveLength(paragraphs.length);
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.translation).toMatch(/[A-Za-z]/);
      expect(result.translation).not.toMatch(/[\u0900-\u097F]/);
    }
  });

  it("returns one output per segment, even for empty or odd segments", async () => {
    const segments = ["", "😀", "<script>alert(1)</script>", "اردو متن", "x".repeat(20_000)];
    const result = await engine.doTranslate({ segments, source: "hi", target: "en" });
    expect(result.translations).toHaveLength(segments.length);
    expect(result.translations[2]).toContain("<script>alert(1)</script>");
  });
});

describe("gloss grammar, Hindi → English", () => {
  it("moves postpositions before their noun phrase, with an article", async () => {
    expect(await translate("शहर में")).toBe("In the city");
    expect(await translate("किसानों के लिए")).toBe("For the farmers");
  });

  it("turns X का Y into Y of X", async () => {
    expect(await translate("राज्य का बजट")).toBe("The budget of the state");
  });

  it("builds verb groups for progressive, passive, future passive and habitual", async () => {
    expect(await translate("वह खेल रहा है")).toBe("He is playing");
    expect(await translate("सड़क बनाई गई")).toMatch(/^Road was (made|built)/);
    expect(await translate("सड़क बनाई जाएगी")).toMatch(/^Road will be (made|built)/);
    expect(await translate("वह खेलता है")).toBe("He plays");
  });

  it("reads ordinals and moves a postposition after a number", async () => {
    expect(await translate("20वीं सदी")).toBe("20th century");
    expect(await translate("1990 में")).toBe("In 1990");
  });

  it("builds the passive habitual and the future", async () => {
    expect(await translate("यह काम हर साल किया जाता है")).toBe("This work every year is done");
    expect(await translate("वह आएगा")).toBe("He will come");
  });

  it("puts plural nouns in the plural", async () => {
    expect(await translate("लड़कियों")).toBe("Girls");
  });

  it("recovers English loanwords written in Devanagari, but leaves names alone", async () => {
    expect(await translate("इंटरनेट नेटवर्क")).toBe("Internet network");
    expect(await translate("जेनेटिक मटेरियल")).toBe("Genetic material");
    expect(await translate("पाटिल")).toBe("Patil");
  });
});

describe("gloss engine, English → Hindi", () => {
  it("renders a sentence in Hindi order with a danda", async () => {
    const output = await translate("The government said that the water is clean.", "en");
    expect(output).toBe("सरकार ने कहा कि पानी स्वच्छ है।");
  });

  it("finds inflected forms through their base form and writes names in Devanagari", async () => {
    const output = await translate("Farmers started sowing in Bhopal.", "en");
    expect(output).toContain("किसान");
    expect(output).toContain("भोपाल");
  });
});

describe("gloss lexicon", () => {
  it("loads the derived GPL data from data/gloss", () => {
    const lexicon = loadGlossLexicon();
    expect(lexicon.hindiToEnglish.size).toBeGreaterThan(30_000);
    expect(lexicon.hindiToEnglish.get("सरकार")?.split("|")[0]).toBe("government");
    expect(lexicon.hindiLemmas.get("किया")).toBe("करना|perf");
  });

  it("reports itself unavailable when its folder is missing", async () => {
    const broken = createGlossEngine({ lexiconDirectory: "/nonexistent/gloss" });
    expect(await broken.checkAvailability()).toMatchObject({ available: false });
    await expect(
      broken.doTranslate({ segments: ["नमस्ते"], source: "hi", target: "en" }),
    ).rejects.toMatchObject({
      code: "engine_unavailable",
    });
  });
});
