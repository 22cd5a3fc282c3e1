import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";

const engine = createGlossEngine();
const translate = async (text: string) =>
  (await engine.doTranslate({ segments: [text], source: "hi", target: "en" })).translations[0] ??
  "";

describe("Hindi→English output in the style of English news text", () => {
  it("writes typographic quotes as plain ones", async () => {
    expect(await translate("उन्होंने कहा, “यह सही है।”")).toBe('He said, "This is correct."');
    expect(await translate("‘यह सही है’")).toBe("'This is correct'");
  });

  it("starts a quotation after a comma or colon, or at the start, with a capital", async () => {
    expect(await translate("उन्होंने कहा: “यह सही है।”")).toBe('He said: "This is correct."');
    expect(await translate("“यह सही है”, उन्होंने कहा।")).toMatch(/^"This is correct",/);
    // A quoted word inside a clause keeps its case.
    expect(await translate("यह “सही” है।")).not.toMatch(/"Correct"/);
  });
});

describe("Hindi→English senses of common words", () => {
  it("reads the quantity phrases with बहुत and the time phrases with उस and इस as units", async () => {
    expect(await translate("बहुत से लोग आए।")).toMatch(/^Many people/);
    expect(await translate("बहुत सारे लोग आए।")).toMatch(/^Many people/);
    expect(await translate("बहुत कुछ बदल गया।")).toMatch(/^A lot/);
    expect(await translate("उस समय वह घर पर था।")).toMatch(/^At that time he was/);
    expect(await translate("इस दौरान बारिश हुई।")).toMatch(/^During this/);
    expect(await translate("किसी भी देश ने नहीं कहा।")).toMatch(/^Any country/);
    expect(await translate("वह अभी भी घर में है।")).toMatch(/still/);
    expect(await translate("वे एक दूसरे से मिले।")).toBe("They met each other.");
    expect(await translate("सर्वोच्च न्यायालय ने कहा।")).toBe("Supreme Court said.");
    expect(await translate("उसे हिरासत में लिया गया।")).toMatch(/in custody/);
    expect(await translate("इस तरह के लोग")).toBe("Such people");
    expect(await translate("वह कभी भी नहीं आया।")).toBe("He did not come ever.");
  });

  it("reads कोई with a नहीं after it as no, without a second negation", async () => {
    expect(await translate("कोई सूचना नहीं मिली।")).toBe("No information was found.");
    expect(await translate("वहां कोई नहीं था।")).toBe("There was no one.");
    // Without a negation it stays any.
    expect(await translate("क्या कोई सूचना मिली?")).not.toMatch(/\bno\b/i);
  });

  it("reads जैसे as such as, and जैसे ही as as soon as", async () => {
    expect(await translate("भारत और चीन जैसे देश")).toMatch(/such as/);
    expect(await translate("जैसे ही वह आया")).toMatch(/^As soon as/);
  });

  it("reads पूर्व before a noun as former, before a postposition as east", async () => {
    expect(await translate("पूर्व राष्ट्रपति ने कहा।")).toBe("The former president said.");
    expect(await translate("वह पूर्व में रहता है।")).toBe("He lives in the east.");
    expect(await translate("पूर्व के देश")).toBe("The country of the east");
  });

  it("reads तक before पहुँचना as to, elsewhere as until", async () => {
    expect(await translate("संदेश लोगों तक नहीं पहुँचा।")).toMatch(/^To the message people/);
    expect(await translate("तापमान 80 डिग्री तक पहुंच सकता है।")).not.toMatch(/until/);
    expect(await translate("वह शाम तक रुका।")).toBe("He stopped until the evening.");
  });
});

describe("Hindi→English names as news text writes them", () => {
  it("calls अमेरिका the United States, with its article", async () => {
    expect(await translate("अमेरिका ने कहा।")).toBe("The United States said.");
    expect(await translate("अमेरिका के राष्ट्रपति")).toBe("The president of the United States");
  });
});

describe("Hindi→English clock times", () => {
  it("writes a part of the day before a clock time as a.m. or p.m.", async () => {
    expect(await translate("सुबह 7 बजे")).toBe("7 a.m.");
    expect(await translate("दोपहर 1:15 बजे")).toBe("1:15 p.m.");
    expect(await translate("शाम 7 बजे तक")).toBe("Until 7 p.m.");
    // Without a clock time सुबह stays the morning.
    expect(await translate("सुबह वह आया।")).toMatch(/morning/i);
  });
});

describe("Hindi→English dates in the style of English news text", () => {
  it("writes a day before its month month first, with the year after a comma", async () => {
    expect(await translate("6 नवंबर को वह आया।")).toBe("On November 6 he came.");
    expect(await translate("20 मार्च 2019 को चुनाव हुआ।")).toMatch(/^On March 20, 2019 /);
    // A month with only a year, or a number that is no day, stays as it was.
    expect(await translate("मई 2019 में")).toBe("In May 2019");
    expect(await translate("45 मई")).toBe("45 May");
  });
});
