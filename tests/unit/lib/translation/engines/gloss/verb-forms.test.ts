import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";

const engine = createGlossEngine();
const translate = async (text: string) =>
  (await engine.doTranslate({ segments: [text], source: "hi", target: "en" })).translations[0] ??
  "";

describe("Hindi→English verb forms and agreement", () => {
  it("reads हूं as am, as a copula and in the progressive", async () => {
    expect(await translate("मैं खुश हूँ।")).toBe("I am happy.");
    expect(await translate("मैं घर जा रहा हूँ।")).toBe("I am going home.");
  });

  it("reads रहे है, written without the plural's nasal, as the progressive", async () => {
    expect(await translate("वे मदद नहीं मांग रहे है।")).toBe("They are not demanding help.");
  });

  it("reads a stem with a bare रहा as a participle, never as staying", async () => {
    expect(await translate("चल रही बहस")).toMatch(/^Walking debate$/);
    expect(await translate("ऐसा लग रहा कि यह सही है।")).not.toMatch(/staying/);
    expect(await translate("ऐसा लग रहा कि यह सही है।")).toMatch(/is seeming that/);
  });

  it("gives a plural or first-person subject its own auxiliary", async () => {
    expect(await translate("शोधकर्ताओं ने कहा है कि यह सही है।")).toBe(
      "Researchers have said that this is correct.",
    );
    expect(await translate("हमने कई बार कहा है।")).toMatch(/^We have said/);
    // "this" and "news" end in s without being plural.
    expect(await translate("यह सही है।")).toBe("This is correct.");
  });

  it("reads से … तक as a range, from … to", async () => {
    expect(await translate("सोमवार से शुक्रवार तक")).toMatch(/^From Monday to Friday/);
    expect(await translate("उन्होंने 2 बजे तक काम किया।")).toMatch(/until 2/);
  });

  it("reads वह as she when its verb is feminine, he otherwise", async () => {
    expect(await translate("वह घर जा रही थी।")).toBe("She was going home.");
    expect(await translate("वह कल आएगी।")).toMatch(/^She will come/);
    expect(await translate("वह घर जा रहा था।")).toBe("He was going home.");
    // A noun in -गी (ज़िंदगी) is no feminine future.
    expect(await translate("वह अपनी ज़िंदगी के पल बिता रहे थे।")).toMatch(/^He was spending/);
  });

  it("makes a genitive pronoun the object of the postposition it begins", async () => {
    expect(await translate("जिसके बाद पुलिस आई।")).toBe("After which police came.");
    expect(await translate("इसकी वजह से लोग परेशान हैं।")).toMatch(/^Because of this people/);
    expect(await translate("उनके साथ")).toBe("With them");
    expect(await translate("जिसके बारे में कोई नहीं जानता।")).toMatch(/^About which /);
  });

  it("puts the passive's plural गए in the plural", async () => {
    expect(await translate("जिसमें 5 लोग मारे गए।")).toBe("In which 5 people were killed.");
    expect(await translate("कई घर बनाए गए हैं।")).toMatch(/have been made\.$/);
    expect(await translate("एक घर बनाया गया।")).toBe("A home was made.");
  });

  it("reads everyday senses of common words: जिसे which, इसलिए so, इस बात this", async () => {
    expect(await translate("जिसे")).toBe("Which");
    expect(await translate("इसलिए वह आया।")).toMatch(/^So he came\.$/);
    expect(await translate("उसने इस बात पर जोर दिया कि यह सही है।")).not.toMatch(/talk/);
    expect(await translate("गुरूवार को वह आया।")).toBe("On Thursday he came.");
  });

  it("takes both nouns of an and-pair as the owner of a genitive", async () => {
    expect(await translate("नेवादा और यूटा के लोगों के लिए")).toBe("For the people of Nevada and Utah");
    expect(await translate("एचआईवी और मलेरिया के रोगियों की पहचान करेगा।")).not.toMatch(/of the and/);
  });

  it("puts a clause-final copula after its subject, negated or not", async () => {
    expect(await translate("यह सही नहीं है।")).toBe("This is not correct.");
    expect(await translate("राम दिल्ली में है।")).toBe("Ram is in Delhi.");
    expect(await translate("वह कमरे में नहीं था।")).toBe("He was not in the room.");
  });

  it("reads मिलना with no one receiving as was found", async () => {
    expect(await translate("घर में एक शव मिला।")).toBe("In the home a body was found.");
    expect(await translate("कोई सबूत नहीं मिला है।")).toBe("No proof has been found.");
    expect(await translate("उन्हें पुरस्कार मिला।")).toMatch(/^They received/);
    expect(await translate("आपको जानकारी मिलेगी।")).toBe("You will receive information.");
  });

  it("reads an adjective with तौर पर as its adverb, or the table's phrase", async () => {
    expect(await translate("आम तौर पर लोग आते हैं।")).toBe("Usually people come.");
    expect(await translate("खास तौर पर बच्चे।")).toBe("Especially children.");
    expect(await translate("उसे नेता के तौर पर चुना गया।")).toMatch(/as the leader/);
  });
});

describe("Hindi→English passives of ले जाना", () => {
  it("reads ले जाया as take's past participle in a passive verb group", async () => {
    expect(await translate("उन्हें अस्पताल ले जाया गया।")).toMatch(/was taken/);
    expect(await translate("उसे घर ले जाया जा सकता है।")).toMatch(/can be taken/);
    expect(await translate("उन्हें अस्पताल ले जाया गया।")).not.toMatch(/Jaya/);
  });
});
