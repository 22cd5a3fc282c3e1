import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { arrangeUnits } from "@/lib/translation/engines/gloss/hindi-grammar";

const engine = createGlossEngine();
const translate = async (text: string) =>
  (await engine.doTranslate({ segments: [text], source: "hi", target: "en" })).translations[0] ??
  "";

describe("Hindi→English phrase rules", () => {
  it("reads multi-word postpositions and connectives as one unit, before their noun", async () => {
    expect(await translate("बच्चों के लिए स्कूल")).toMatch(/^For the children school$/i);
    expect(await translate("चुनाव के बाद")).toMatch(/^After the election$/i);
    expect(await translate("बैठक के दौरान")).toMatch(/^During the meeting$/i);
    expect(await translate("इसके अलावा")).toMatch(
      /^(besides|in addition|apart from this|moreover)/i,
    );
  });

  it("moves the longer postpositions before their noun too, and reads reported speech", async () => {
    expect(await translate("नाम को लेकर विवाद")).toMatch(/^About the name (controversy|dispute)$/);
    expect(await translate("5 से अधिक लोग")).toBe("More than 5 people");
    expect(await translate("बैठक के चलते")).toMatch(/^Due to the meeting$/);
    expect(await translate("राम का कहना है कि वह आएगा।")).toBe("Ram says that he will come.");
  });

  it("prefers the everyday news sense the team's table gives over the dictionary's rare one", async () => {
    expect(await translate("दबाव")).toBe("Pressure");
    expect(await translate("तट")).toBe("Coast");
    expect(await translate("न्यायालय")).toBe("Court");
    expect(await translate("अभियान")).toBe("Campaign");
  });

  it("reads हो before a modal as be, and never puts a tense on an adverb", async () => {
    expect(await translate("यह हो सकता है।")).toBe("This can be.");
    expect(await translate("यह संभव हो सकता है।")).toMatch(/^This (likely|possible) can be\.$/);
    expect(await translate("मेरा मानना है कि हम जीतेंगे।")).toBe("I believe that we will win.");
  });

  it("reads an adjective with रूप से or तरह से as its adverb, and fixed से phrases", async () => {
    expect(await translate("गंभीर रूप से घायल")).toBe("Seriously injured");
    expect(await translate("इस तरह से")).toBe("In this way");
    expect(await translate("फिर से")).toBe("Again");
    expect(await translate("कम से कम 100 लोग")).toBe("At least 100 people");
  });

  it("reads a bare stem before गया as the intransitive past, a perfective as the passive", async () => {
    expect(await translate("कीमत बढ़ गई है।")).toBe("Price has increased.");
    expect(await translate("बाढ़ सी आ गई")).toBe("Flood came");
    expect(await translate("घर बनाया गया।")).toMatch(/^Home was (made|built)\.$/);
  });

  it("puts the tense on the verb, not on the table's 'to go', and reads चुका है as has already", async () => {
    expect(await translate("वह घर जा रहा है।")).toBe("He is going home.");
    expect(await translate("वह काम कर चुका है।")).toMatch(/^He has already \w+/);
  });

  it("builds compound and passive verb groups", async () => {
    expect(await translate("घर बनाया गया।")).toMatch(/was (made|built|constructed)/);
    expect(await translate("घर बनाया जाएगा।")).toMatch(/will be (made|built|constructed)/);
    expect(await translate("वह खेल रहा है।")).toMatch(/is playing/);
  });

  it("builds passive groups with a modal, a progressive or चाहिए", async () => {
    expect(await translate("घर बनाया जा सकता है।")).toMatch(/can be (made|built|constructed)/);
    expect(await translate("घर बनाया जा रहा है।")).toMatch(/is being (made|built|constructed)/);
    expect(await translate("यह किया जाना चाहिए।")).toMatch(/^This should be done\.$/);
    expect(await translate("उसे बदलना चाहिए।")).toMatch(/should change/);
  });

  it("reads a completion verb after a stem as the stem's past, and था after a past as had", async () => {
    expect(await translate("उसने घर बना दिया।")).toMatch(/^He (made|built) (the )?home\.$/);
    expect(await translate("उन्होंने कहा था")).toBe("He had said");
    expect(await translate("वह घर आया था।")).toMatch(/^He had come home\.$/);
  });

  it("reads होना's forms as a compound verb with the noun before them, not with a postposition", async () => {
    expect(await translate("काम शुरू हो गया है।")).toMatch(/^Work has (begun|started)\.$/);
    expect(await translate("उसकी मृत्यु हो गई।")).toBe("He died.");
    expect(await translate("वह पार्टी में शामिल हुए थे।")).toMatch(/^He had joined/);
    expect(await translate("सिंगापुर में होने वाली बैठक")).toMatch(/^In Singapore/);
  });

  it("reads participles and infinitives of purpose and complement", async () => {
    expect(await translate("वह बोलते हुए")).toMatch(/^He speaking$/);
    expect(await translate("घर बनाने के लिए")).toMatch(/^To (make|build) (the )?home$/);
    expect(await translate("राष्ट्रपति का आकलन करते हुए उन्होंने कहा")).toMatch(
      /^Judging (the )?president he said$/,
    );
    expect(await translate("चयन करने में सक्षम")).toMatch(/^In the (picking|choosing|selecting)/);
    expect(await translate("नाम बदलने का अधिकार")).toMatch(/^The right to change (the )?name$/);
  });

  it("keeps each clause's order within the clause: a verb of saying stays before its that-clause", async () => {
    const output = await translate("उन्होंने कहा कि जून में सिंगापुर में बैठक हुई।");
    expect(output).toMatch(/^He said that in June in Singapore/);
  });

  it("orders the clause after कि on its own, and a relative clause with जो as its subject", async () => {
    expect(await translate("उन्होंने कहा कि कैप्सूल आसमान में दिखाई देगा।")).toMatch(
      /^He said that (the )?capsule will \w+ in the sky\.$/,
    );
    expect(await translate("उन्होंने कहा कि यह शहर बड़ा है।")).toBe("He said that this city is big.");
    expect(await translate("पाइपलाइन, जो तैयार है")).toBe("Pipeline, who is ready");
  });

  it("puts an ergative pronoun's verb after it (SOV → SVO)", async () => {
    expect(await translate("उन्होंने किताब पढ़ी।")).toMatch(/^He read (the )?book\.$/);
  });

  it("keeps a pronoun out of the noun phrase a postposition takes", async () => {
    expect(await translate("हम भारत के साथ")).toBe("We with India");
  });

  it("writes lakh and crore as Indian English does, and अरब after a number as billion", async () => {
    expect(await translate("1,250 करोड़ रुपये")).toBe("1,250 crore rupees");
    expect(await translate("5 लाख लोग")).toMatch(/^5 lakh people$/);
    expect(await translate("लाखों लोग")).toBe("Lakhs of people");
    expect(await translate("5 अरब डॉलर")).toMatch(/^5 billion dollars?$/);
  });

  it("cuts a run into clauses at clause words, rearranging each on its own", () => {
    const words = arrangeUnits([
      { text: "he", kind: "pronoun" },
      { text: "", kind: "ergative" },
      { text: "said", kind: "verb", base: "say", tense: "perf" },
      { text: "that", kind: "clause" },
      { text: "city", kind: "content" },
      { text: "in", kind: "postposition" },
    ]);
    expect(words).toEqual(["he", "said", "that", "in", "the", "city"]);
  });
});
