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
  it("counts measures and times in the plural after a number above one, and only nouns", async () => {
    expect(await translate("वह 5 साल रहा।")).toMatch(/\b5 years\b/);
    expect(await translate("तीन मील")).toBe("Three miles");
    expect(await translate("1 मील")).toBe("1 mile");
    expect(await translate("कई घंटे")).toMatch(/\bhours\b/);
    expect(await translate("5 नए")).toBe("5 new");
  });

  it("prefers the everyday senses of a second round of frequent news words", async () => {
    expect(await translate("सोमवार तक")).toBe("Until Monday");
    expect(await translate("योजना")).toBe("Plan");
    expect(await translate("परमाणु हथियार")).toMatch(/^Nuclear (weapons?|armament)$/);
    expect(await translate("कमी")).toBe("Lack");
    expect(await translate("अब तक")).toBe("So far");
    expect(await translate("पूरी तरह से")).toBe("Completely");
    expect(await translate("बहुत ज़्यादा")).toBe("Very much");
    expect(await translate("उससे ज़्यादा")).toBe("More than that");
  });
  it("reads से by its neighbours: to after speaking, with after talking, since after a year", async () => {
    expect(await translate("उसने राम से कहा कि वह आएगा।")).toMatch(/\bto the ram said\b/i);
    expect(await translate("उसने मंत्री से बात की।")).toBe("He talked with the minister.");
    expect(await translate("2010 से वह यहाँ है।")).toMatch(/^Since 2010\b/);
    expect(await translate("2010 से 2015 तक")).toMatch(/^From 2010 to 2015$/);
    expect(await translate("वह भारत से आया।")).toBe("He came from India.");
    expect(await translate("तब से")).toBe("Since then");
    expect(await translate("इस मामले से जुड़े लोग")).toBe("Related to this case people");
  });

  it("drops बजे after a clock time and keeps o'clock after a bare hour", async () => {
    expect(await translate("9:30 बजे")).toBe("9:30");
    expect(await translate("5 बजे")).toBe("5 o'clock");
  });
  it("reads frequent noun + light verb units and set phrases by their everyday sense", async () => {
    expect(await translate("उन्होंने आरोप लगाया।")).toBe("He accused.");
    expect(await translate("कंपनी ने बयान जारी किया।")).toBe("Company released statement.");
    expect(await translate("वह दिखाई दिया।")).toBe("He appeared.");
    expect(await translate("दुनिया भर में")).toBe("Around the world");
    expect(await translate("सीमा")).toBe("Border");
    expect(await translate("विकल्प")).toBe("Option");
    expect(await translate("सुनवाई")).toBe("Hearing");
  });
  it("reads a third round of frequent news words by their everyday sense", async () => {
    expect(await translate("सरकार ने रोक लगाई।")).toBe("Government banned.");
    expect(await translate("उन्होंने प्रस्ताव स्वीकार किया।")).toBe("He accepted proposal.");
    expect(await translate("इंटरनेट के ज़रिए संदेश")).toBe("Through the internet message");
    expect(await translate("यात्री")).toBe("Passenger");
    expect(await translate("लागत")).toBe("Cost");
    expect(await translate("कदम")).toBe("Step");
  });
  it("puts the copula before a predicate: a lone noun after a demonstrative, a degree word", async () => {
    expect(await translate("यह संभव है।")).toBe("This is possible.");
    expect(await translate("लेकिन यह सच है।")).toBe("But this is true.");
    expect(await translate("यह बहुत महत्वपूर्ण है।")).toBe("This is very important.");
    expect(await translate("यह शहर बड़ा है।")).toBe("This city is big.");
  });
  it("reads number words as numbers and arrest, fix as their light-verb units", async () => {
    expect(await translate("चौदह लोग")).toBe("Fourteen people");
    expect(await translate("ग्यारह")).toBe("Eleven");
    expect(await translate("पुलिस ने उसे गिरफ्तार किया।")).toBe("Police arrested him.");
    expect(await translate("5 मिनट")).toBe("5 minutes");
  });
});

describe("Hindi→English agreement, articles and genitive की", () => {
  it("reads की after a noun as a genitive when a noun follows, as करना's past otherwise", async () => {
    expect(await translate("इस बात की चिंता है।")).not.toMatch(/talked/);
    expect(await translate("उन्होंने बात की।")).toBe("He talked.");
    expect(await translate("उन्होंने मदद की थी।")).toBe("He had helped.");
  });
  it("reads मिलना as received with its dative as the subject, and as met after से", async () => {
    expect(await translate("उन्हें पुरस्कार मिला।")).toBe("They received prize.");
    expect(await translate("उसे पैसे मिले हैं।")).toBe("He has received money.");
    expect(await translate("हमें जीत मिलेगी।")).toBe("We will receive victory.");
    expect(await translate("वह राष्ट्रपति से मिले।")).toBe("He met president.");
  });
  it("reads owner पास … copula as have, in the copula's tense and with its negation", async () => {
    expect(await translate("उनके पास पैसा नहीं है।")).toBe("They do not have money.");
    expect(await translate("उसके पास एक कार है।")).toBe("He has a car.");
    expect(await translate("उन्होंने कहा कि उनके पास कोई जानकारी नहीं थी।")).toBe(
      "He said that they did not have any information.",
    );
    // The copula of a later clause is not the owner's: no "have" is made from it.
    expect(await translate("उनके पास पैसा है लेकिन वह खुश नहीं है।")).not.toMatch(/have/);
  });
  it("drops हुई between a time or place and its noun, keeps it where it ends the clause", async () => {
    expect(await translate("कल हुई घटना")).not.toMatch(/happened/);
    expect(await translate("बैठक हुई।")).toMatch(/happened|held|took place/);
  });
  it("puts a singular verb after he even when Hindi uses the respectful plural", async () => {
    expect(await translate("वह खेल रहे हैं।")).toBe("He is playing.");
    expect(await translate("वे खेल रहे हैं।")).toBe("They are playing.");
  });
});

describe("Hindi→English superlatives, 'one of' and predicates after यह", () => {
  it("reads सबसे before an adjective as its superlative, one unit with its article", async () => {
    expect(await translate("यह सबसे बड़ा शहर है।")).toBe("This is the biggest city.");
    // A postposition moves before the whole phrase, never between "most" and its adjective.
    expect(await translate("अपनी सबसे हालिया रिपोर्ट में")).toBe("In their most recent report");
    expect(await translate("सबसे अधिक लोग")).toMatch(/^The most people/);
    expect(await translate("सबसे पहले वह आया।")).toMatch(/^First/);
  });

  it("reads X में से एक as one of X", async () => {
    expect(await translate("वह भारत के सबसे बड़े शहरों में से एक है।")).toBe(
      "He is one of the biggest cities of India.",
    );
  });

  it("keeps यह before an article as the subject of the copula, not a determiner", async () => {
    expect(await translate("यह एक बड़ी समस्या है।")).toBe("This is a big problem.");
    expect(await translate("यह एक अच्छा दिन था।")).toBe("This was a good day.");
    // Before a bare noun it is still the noun's determiner.
    expect(await translate("यह शहर बड़ा है।")).toBe("This city is big.");
  });
});

describe("Hindi→English adverbs of time, articles and the past habitual", () => {
  it("leaves अभी भी, पहले ही and हमेशा out of the noun phrase a postposition takes", async () => {
    expect(await translate("वह अभी भी घर में है।")).toBe("He is still in the home.");
  });

  it("drops a यह that only announces a कि clause", async () => {
    expect(await translate("उन्होंने यह माना कि वह गलत था।")).toBe("He believed that he was wrong.");
  });

  it("says already once when पहले ही stands before a चुका perfect", async () => {
    expect(await translate("वे पहले ही जा चुके हैं।")).toBe("They have already gone.");
    expect(await translate("वह पहले ही आ चुका था।")).toBe("He had already come.");
  });

  it("gives a former office-holder its article unless a name follows", async () => {
    expect(await translate("पूर्व राष्ट्रपति ने कहा।")).toBe("The former president said.");
    expect(await translate("पूर्व में बारिश हुई।")).toMatch(/^In the east/);
  });

  it("puts no article before a quantifier or an infinitive at the head of a phrase", () => {
    const moved = arrangeUnits([
      { text: "any", kind: "content" },
      { text: "information", kind: "content" },
      { text: "in", kind: "postposition" },
    ]);
    expect(moved.join(" ")).toBe("in any information");
    const owned = arrangeUnits([
      { text: "city", kind: "content" },
      { text: "of", kind: "genitive" },
      { text: "people", kind: "content" },
    ]);
    expect(owned.join(" ")).toBe("the people of the city");
  });

  it("reads the habitual past (करता था) as the simple past, with did not for its negation", async () => {
    expect(await translate("वह वहां काम करता था।")).toBe("He worked there.");
    expect(await translate("वे यहां नहीं रहते थे।")).toBe("They did not live here.");
    // The present habitual is unchanged.
    expect(await translate("वह वहां काम करता है।")).toBe("He works there.");
  });
});

describe("Hindi→English predicates after a placed phrase, मौत होना and फिर", () => {
  it("keeps यह the copula's subject after a phrase already put in place", async () => {
    expect(await translate("उनके अनुसार यह सही है।")).toBe("According to them this is correct.");
  });

  it("reads X की मौत हो गई as X died, like मृत्यु", async () => {
    expect(await translate("उसकी मौत हो गई।")).toBe("He died.");
    expect(await translate("दो लोगों की मौत हो गई।")).toBe("Two people died.");
  });

  it("reads फिर alone as then, फिर से as again and फिर भी as still", async () => {
    expect(await translate("फिर वह घर गया।")).toMatch(/^Then /);
    expect(await translate("वह फिर से आया।")).toMatch(/again/);
    expect(await translate("फिर भी वह आया।")).toMatch(/^Still /);
  });
});
