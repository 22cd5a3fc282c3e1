import { describe, expect, it } from "vitest";
import { readAmounts } from "@/lib/fact-check/amounts";
import {
  checkFacts,
  compareFacts,
  readSourceFacts,
  summariseFacts,
} from "@/lib/fact-check/fact-check";

const hiEn = (source: string, translation: string) =>
  checkFacts({ source, translation, sourceLanguage: "hi", targetLanguage: "en" });
const enHi = (source: string, translation: string) =>
  checkFacts({ source, translation, sourceLanguage: "en", targetLanguage: "hi" });

describe("readAmounts", () => {
  it("applies Indian and Western scales, Devanagari digits read beforehand", () => {
    const values = (text: string) => readAmounts(text).map((amount) => amount.value);
    expect(values("1,250 करोड़ रुपये")).toEqual([1.25e10]);
    expect(values("12.5 billion")).toEqual([1.25e10]);
    expect(values("12,50,000 लोग")).toEqual([1_250_000]);
    expect(values("1.5 लाख करोड़")).toEqual([1.5e12]);
    expect(values("पांच सौ")).toEqual([500]);
    expect(values("COVID-19 and G20 and 5G")).toEqual([]);
    expect(values("the 21st century, 2024-25")).toEqual([21, 2024, 2025]);
  });

  it("knows percentages and money written before or after the number", () => {
    const units = (text: string) => readAmounts(text).map((amount) => amount.unit);
    expect(units("5 प्रतिशत, 7% and 8 per cent")).toEqual(["percent", "percent", "percent"]);
    expect(units("₹500, Rs. 600, 700 रुपये, $8 and 9 dollars")).toEqual([
      "INR",
      "INR",
      "INR",
      "USD",
      "USD",
    ]);
  });
});

describe("checkFacts", () => {
  it("finds nothing in a faithful translation, whatever the spelling of the amounts", () => {
    expect(
      hiEn(
        "सरकार ने १,२५० करोड़ रुपये की योजना 15 अगस्त को शुरू की, जिससे 5 प्रतिशत लोगों को लाभ होगा।",
        "The government launched a ₹12.5 billion scheme on August 15, benefiting 5% of people.",
      ),
    ).toEqual([]);
    // The gloss keeps Indian units (README): that is the same amount, not a changed one.
    expect(hiEn("1,250 करोड़ रुपये", "1,250 crore rupees")).toEqual([]);
  });

  it("flags a lakh/crore amount an LLM turned into millions", () => {
    expect(hiEn("बजट 1,250 करोड़ रुपये है।", "The budget is Rs 1,250 million.")).toEqual([
      { kind: "number", source: "1,250 करोड़ रुपये", translation: "Rs 1,250 million" },
    ]);
  });

  it("flags a number the engine dropped", () => {
    expect(
      hiEn("हादसे में 525 लोग घायल हुए और 12 की मौत हुई।", "Many people were injured and 12 died."),
    ).toEqual([{ kind: "number", source: "525", translation: null }]);
  });

  it("flags a number the translation adds, and a lost percentage or currency", () => {
    expect(enHi("Prices rose.", "कीमतें 2024 में बढ़ीं।")).toEqual([
      { kind: "number", source: null, translation: "2024" },
    ]);
    expect(hiEn("महंगाई 5 प्रतिशत बढ़ी।", "Inflation rose by 5 points.")).toEqual([
      { kind: "percent", source: "5 प्रतिशत", translation: "5" },
    ]);
    expect(hiEn("500 रुपये", "500 dollars")).toEqual([
      { kind: "currency", source: "500 रुपये", translation: "500 dollars" },
    ]);
  });

  it("accepts a number spelled out on the other side", () => {
    expect(enHi("Two crore people voted.", "2 करोड़ लोगों ने वोट दिया।")).toEqual([]);
    expect(hiEn("दो करोड़ लोग", "20 million people")).toEqual([]);
  });

  it("flags lost months, quotations, Latin-script names and web addresses", () => {
    expect(
      hiEn(
        "BJP ने 3 मार्च को ‘विकसित भारत’ अभियान https://example.gov.in/plan पर शुरू किया।",
        "The party started the Viksit Bharat campaign on the 3rd.",
      ),
    ).toEqual([
      { kind: "date", source: "मार्च", translation: null },
      { kind: "quote", source: "“…”", translation: null },
      { kind: "name", source: "BJP", translation: null },
      { kind: "url", source: "https://example.gov.in/plan", translation: null },
    ]);
  });

  it("finds a Latin-script name only as a whole word, in any letter case", () => {
    const lost = (translation: string) =>
      hiEn("G20-summit में COVID-19 पर बात हुई।", translation).map((issue) => issue.source);
    expect(lost("The g20-Summit talked about covid-19.")).toEqual([]);
    // Inside a longer word, beside a digit or a letter of another script, it is not there.
    expect(lost("The G20-summits talked about COVID-190.")).toEqual(["G20-summit", "COVID-19"]);
    expect(lost("xG20-summit talked about कCOVID-19.")).toEqual(["G20-summit", "COVID-19"]);
    // Beside a letter outside the basic plane (a surrogate pair), or a combining mark.
    expect(lost("𝐀G20-summit talked about COVID-19\u0301.")).toEqual(["G20-summit", "COVID-19"]);
    // Beside punctuation, an emoji or at either end of the text, it is.
    expect(lost("G20-summit 🙂COVID-19")).toEqual([]);
    // Letters that fold to Latin ones (the long s, the Kelvin sign) match as in a pattern.
    expect(hiEn("ASK ने कहा।", "ASK said.")).toEqual([]);
    expect(hiEn("ASK ने कहा।", "A\u017f\u212a said.")).toEqual([]);
  });

  it("counts glossary terms as names, with their chosen rendering", () => {
    const glossary = [{ term: "एमबी पाटिल", language: "hi" as const, rendering: "M.B. Patil" }];
    const check = (translation: string) =>
      checkFacts({
        source: "मंत्री एमबी पाटिल ने कहा।",
        translation,
        sourceLanguage: "hi",
        targetLanguage: "en",
        glossary,
      });
    expect(check("Minister M.B. Patil said.")).toEqual([]);
    expect(check("Minister MB Patil said.")).toEqual([
      { kind: "name", source: "एमबी पाटिल", translation: null },
    ]);
  });

  it("reads the same answer every time (deterministic)", () => {
    const source = "२०२४ में ५२५ करोड़ का घाटा, 7% की गिरावट, 'A' \"B\"";
    expect(hiEn(source, "x")).toEqual(hiEn(source, "x"));
  });

  it("summarises per paragraph, once per group", () => {
    expect(
      summariseFacts([
        [
          { kind: "number", source: "525", translation: null },
          { kind: "currency", source: "5 रुपये", translation: "5" },
        ],
        [],
        undefined,
        [{ kind: "name", source: "BJP", translation: null }],
      ]),
    ).toEqual({ number: 1, date: 0, name: 1, quote: 0 });
  });
});

describe("readSourceFacts and compareFacts", () => {
  const source =
    "“हम तैयार हैं,” ISRO ने 15 अगस्त को कहा: 1,250 करोड़ रुपये की योजना https://example.gov.in/plan पर है।";
  const glossary = [{ term: "योजना", rendering: "Mission", language: "hi" as const }];

  it("answers what checkFacts answers, for a faithful and a lossy translation alike", () => {
    const facts = readSourceFacts(source, { sourceLanguage: "hi", glossary });
    for (const translation of [
      "“We are ready,” ISRO said on 15 August: the ₹1,250 crore Mission is at https://example.gov.in/plan.",
      "We are ready, said the agency: the plan is online.",
    ]) {
      expect(compareFacts(facts, translation)).toEqual(
        checkFacts({
          source,
          translation,
          sourceLanguage: "hi",
          targetLanguage: "en",
          glossary,
        }),
      );
    }
    expect(compareFacts(facts, "We are ready, said the agency: the plan is online.")).toEqual(
      expect.arrayContaining([
        { kind: "name", source: "योजना", translation: null },
        { kind: "name", source: "ISRO", translation: null },
        { kind: "url", source: "https://example.gov.in/plan", translation: null },
        { kind: "date", source: "अगस्त", translation: null },
        { kind: "quote", source: "“…”", translation: null },
      ]),
    );
  });

  it("reads the facts once and compares them with any number of renderings", () => {
    const facts = readSourceFacts("बजट 500 करोड़ रुपये का है।", { sourceLanguage: "hi" });
    expect(compareFacts(facts, "The budget is Rs 500 crore.")).toEqual([]);
    expect(compareFacts(facts, "The budget is Rs 600 crore.")).toEqual([
      { kind: "number", source: "500 करोड़ रुपये", translation: "Rs 600 crore" },
    ]);
  });

  it("still finds addresses and e-mail addresses behind the quick check for one", () => {
    const withAddresses = readSourceFacts(
      "लिखें press@example.org या देखें www.example.in और HTTPS://EXAMPLE.COM/a।",
      { sourceLanguage: "hi" },
    );
    expect(withAddresses.urls).toEqual([
      "press@example.org",
      "www.example.in",
      "HTTPS://EXAMPLE.COM/a",
    ]);
    expect(
      compareFacts(withAddresses, "Write to press@example.org or see www.example.in."),
    ).toEqual([{ kind: "url", source: "HTTPS://EXAMPLE.COM/a", translation: null }]);
    // Digits inside an address in the translation are not read as added amounts.
    expect(hiEn("रिपोर्ट पढ़ें।", "Read the report at https://example.org/2024/55.")).toEqual([]);
  });

  it("finds no address in text without ://, www. or @", () => {
    const facts = readSourceFacts("example.org पर 2024 की रिपोर्ट है।", { sourceLanguage: "hi" });
    expect(facts.urls).toEqual([]);
    expect(facts.amounts.map((amount) => amount.value)).toEqual([2024]);
  });
});
