import { describe, expect, it } from "vitest";
import { glossEnglishSentence } from "@/lib/translation/engines/gloss/english-to-hindi";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { loadGlossLexicon } from "@/lib/translation/engines/gloss/lexicon";

const lexicon = loadGlossLexicon();
const gloss = (sentence: string) => glossEnglishSentence(sentence, lexicon);

// English words that must never survive into the Hindi: articles, auxiliaries, pronouns,
// prepositions, conjunctions.
const FUNCTION_WORDS =
  /\b(the|a|an|is|are|was|were|be|been|will|would|can|could|should|has|have|had|do|does|did|of|in|on|at|to|for|from|with|by|and|or|but|that|this|he|she|it|they|we|his|her|their|not)\b/i;

describe("English→Hindi sense choice by part of speech", () => {
  it("reads a word after will or to as a verb, after a determiner as a noun", () => {
    expect(gloss("The company will end the project.")).toBe("कंपनी परियोजना समाप्त करेगी।");
    expect(gloss("The end of the war came in 1945.")).toBe("युद्ध का अंत 1945 में आया।");
    expect(gloss("She wants to buy a new car.")).toContain("खरीदना");
  });

  it("reads a capitalised month as the month and a lower-case march as the verb", () => {
    const output = gloss("The workers will march in March.");
    expect(output).toBe("कर्मचारी मार्च में मार्च करेंगे।");
    expect(output).not.toMatch(/प्रयाण|कूच/);
    expect(gloss("The meeting is in May.")).toContain("मई");
  });

  it("names days of the week and puts को after them", () => {
    expect(gloss("The minister will visit the city on Tuesday.")).toBe(
      "मंत्री शहर मंगलवार को दौरा करेगा।",
    );
    for (const [day, hindi] of [
      ["Monday", "सोमवार"],
      ["Friday", "शुक्रवार"],
      ["Sunday", "रविवार"],
    ]) {
      expect(gloss(`The shop opens on ${day}.`)).toContain(`${hindi} को`);
    }
  });

  it("reads an irregular past as its verb, and -ly words not as their stem", () => {
    // "found" is find's past, not found (establish); "early" is not ear (कान) + ly.
    expect(gloss("The police found the car.")).toBe("पुलिस ने कार पाया।");
    expect(gloss("Early results were announced.")).toMatch(/^शुरुआती परिणाम/);
    expect(gloss("Millions of people would have been killed.")).toMatch(/^लाखों लोग /);
  });

  it("finds plural nouns under their singular, not under a shorter word", () => {
    // "routes" is route + s, not rout (भगदड़, stampede) + es.
    const output = gloss("Buses run on the new routes.");
    expect(output).toContain("मार्गों");
    expect(output).not.toContain("भगदड़");
    expect(gloss("Charging stations will be built.")).not.toContain("आक्रमण");
  });
});

describe("English→Hindi word order and agreement", () => {
  it("puts the verb last and the object before it (subject–object–verb)", () => {
    expect(gloss("Police arrested three men in Delhi on Monday.")).toBe(
      "पुलिस ने तीन आदमी दिल्ली में सोमवार को गिरफ्तार किया।",
    );
  });

  it("writes postpositions after their noun phrase", () => {
    expect(gloss("The minister spoke with the farmers about the water.")).toBe(
      "मंत्री किसानों के साथ पानी के बारे में बोला।",
    );
    expect(gloss("The plan is for the people of the city.")).toBe("योजना शहर के लोगों के लिए है।");
    expect(gloss("He went from Delhi to Mumbai.")).toMatch(/दिल्ली से मुंबई/);
  });

  it("turns of-phrases round and makes का agree with the possessed noun", () => {
    expect(gloss("The capital of India is New Delhi.")).toBe("भारत की राजधानी नई दिल्ली है।");
    expect(gloss("The end of the war came.")).toMatch(/^युद्ध का अंत/);
  });

  it("uses the ergative ने with a transitive verb in the past, and not with an intransitive one", () => {
    expect(gloss("The government said that the water is clean.")).toBe(
      "सरकार ने कहा कि पानी स्वच्छ है।",
    );
    expect(gloss("They have completed the project.")).toMatch(/^उन्होंने परियोजना .+ है।$/);
    expect(gloss("The children came home.")).not.toContain("ने");
  });

  it("renders tense and voice from the auxiliaries", () => {
    expect(gloss("The bridge was opened in 2019.")).toBe("सेतु 2019 में खोला गया।");
    expect(gloss("They were walking to school.")).toBe("वे स्कूल को चल रहे थे।");
    expect(gloss("The road will be built.")).toMatch(/जाएगी।$/);
    // People are written about in the honorific plural, as Hindi news does.
    expect(gloss("She said she could not come.")).toBe("उन्होंने कहा कि वे नहीं आ सकती थीं।");
  });

  it("reads the noun phrase after a quotation's reporting verb as its subject", () => {
    expect(gloss('"It is not a good sign," said Simon Haeder.')).toBe(
      '"यह एक अच्छा चिह्न नहीं है," सिमोन हाएडेर ने कहा।',
    );
  });

  it("makes the verb agree with a feminine or plural subject where it can tell", () => {
    expect(gloss("She works in a hospital.")).toBe("वे एक अस्पताल में काम करती हैं।");
    expect(gloss("The woman works in a hospital.")).toBe("महिला एक अस्पताल में काम करती है।");
    expect(gloss("The farmers work in the fields.")).toMatch(/करते हैं।$/);
  });
});

describe("English→Hindi leaves no English behind", () => {
  it("drops articles and renders pronouns, auxiliaries, prepositions and conjunctions", () => {
    for (const sentence of [
      "The government said that the water is clean.",
      "He is a good man and his sister works in a hospital.",
      "They have not been paid by the company for three months.",
      "It was raining in the city when we arrived at the station.",
      "The team will play with her and them on Tuesday.",
    ]) {
      expect(gloss(sentence)).not.toMatch(FUNCTION_WORDS);
      expect(gloss(sentence)).not.toMatch(/[A-Za-z]/);
    }
  });

  it("writes names in Devanagari, with known places in their Hindi spelling", () => {
    expect(gloss("Farmers started sowing in Bhopal.")).toContain("भोपाल");
    expect(gloss("The minister met Smith.")).toContain("स्मिथ");
  });

  it("passes URLs, e-mail addresses, handles, hashtags and numbers with units through exactly", () => {
    const output = gloss(
      "Read https://example.com/news?id=42 and write to news@example.com or @dvibhashi about #news, 5km and 20%.",
    );
    for (const kept of [
      "https://example.com/news?id=42",
      "news@example.com",
      "@dvibhashi",
      "#news",
      "5km",
      "20%",
    ]) {
      expect(output).toContain(kept);
    }
  });

  it("writes ordinals with the Hindi ordinal ending", () => {
    expect(gloss("The 17th district voted.")).toContain("17वें");
  });

  it("never turns prototype keys into JavaScript text", async () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    const engine = createGlossEngine({ lexicon });
    const segments = [
      ...names,
      names.join(" "),
      ...names.map((name) => `The ${name} of the ${name} is ${name}.`),
    ];
    const { translations } = await engine.doTranslate({ segments, source: "en", target: "hi" });
    expect(translations).toHaveLength(segments.length);
    for (const translation of translations) {
      expect(translation).not.toMatch(/function|native code|\[object|undefined|null/i);
    }
  });
});
