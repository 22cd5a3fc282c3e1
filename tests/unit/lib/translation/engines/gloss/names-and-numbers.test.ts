import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { englishOrdinal } from "@/lib/translation/engines/gloss/gloss-text";
import {
  englishOrdinalWord,
  hindiNumberWord,
  readFraction,
} from "@/lib/translation/engines/gloss/hindi-numbers";
import { isOffensiveEnglish } from "@/lib/translation/engines/gloss/offensive-words";
import { hindiKey } from "@/lib/text/hindi-key";

const engine = createGlossEngine();
const translate = async (text: string) =>
  (await engine.doTranslate({ segments: [text], source: "hi", target: "en" })).translations[0] ??
  "";

describe("what the gloss must never write", () => {
  it("keeps names that sound like slurs as names", async () => {
    expect(await translate("पहलवान विनेश फोगाट ने ओलंपिक में हिस्सा लिया।")).toMatch(/Vinesh Phogat/);
    expect(await translate("निगार आए।")).toBe("Nigar came.");
    for (const name of ["फोगाट", "निगार", "निगर", "बिच", "कंट", "स्लट", "रिटार्ड", "डाइक"]) {
      expect(isOffensiveEnglish(await translate(name)), name).toBe(false);
    }
  });

  it("reads ordinary words one by one when together they spell a slur in the dictionary", async () => {
    const translation = await translate("एक काला आदमी आया।");
    expect(isOffensiveEnglish(translation)).toBe(false);
    expect(translation).toMatch(/black man/);
  });
});

describe("neighbouring words that spell a one-word entry by accident", () => {
  it("does not join a word with a postposition into an unrelated entry", async () => {
    expect(await translate("दिल्ली में आज बारिश हुई।")).toMatch(/Delhi today|today.*Delhi/i);
    expect(await translate("दिल्ली में आज बारिश हुई।")).not.toMatch(/Menaja/);
    expect(await translate("टीम जर्मनी से लौट आई।")).toMatch(/from Germany/);
    expect(await translate("उसे सड़क पर मिला एक बैग।")).not.toMatch(/Parmila/);
    expect(await translate("सरकार से बल मिला।")).not.toMatch(/Sable/);
  });

  it("still reads compound verbs that end in a word that is also a postposition", async () => {
    expect(await translate("गृह मंत्री ने सुरक्षा की समीक्षा की।")).toMatch(/reviewed/);
    expect(await translate("सरकार ने पैकेज की घोषणा की।")).toMatch(/announced/);
  });
});

describe("people's names", () => {
  it("spells common surnames as names, not as their dictionary senses", async () => {
    expect(await translate("पूर्व प्रधानमंत्री मनमोहन सिंह का निधन हो गया।")).toMatch(/Manmohan Singh/);
    expect(await translate("प्रधानमंत्री नरेंद्र मोदी ने भाषण दिया।")).toMatch(/Narendra Modi/);
    expect(await translate("रूस के राष्ट्रपति पुतिन ने बात की।")).toMatch(/Putin/);
  });

  it("reads a given name that is also a word as a name only beside a name or a title", async () => {
    expect(await translate("गृह मंत्री अमित शाह ने समीक्षा की।")).toMatch(/Amit Shah/);
    expect(await translate("एनसीपी नेता शरद पवार ने बैठक बुलाई।")).toMatch(/Sharad Pawar/);
    expect(await translate("अमित मालवीय ने ट्वीट किया।")).toMatch(/^Amit /);
    expect(await translate("शरद ऋतु में ठंड बढ़ती है।")).toMatch(/autumn/);
    expect(await translate("मंदिर का विराट रूप")).toMatch(/grand/);
  });

  it("reads a surname that is also a word as a name only after a name", async () => {
    expect(await translate("शाहरुख खान की फिल्म आई।")).toMatch(/Shahrukh Khan/);
    expect(await translate("शक्तिकांत दास आरबीआई के गवर्नर हैं।")).toMatch(/Shaktikanta Das/);
    expect(await translate("कोयला खान में हादसा हुआ।")).not.toMatch(/Khan/);
  });

  it("keeps a whole name together when the words around it are reordered", async () => {
    expect(await translate("आम आदमी पार्टी के नेता अरविंद केजरीवाल को जमानत नहीं मिली।")).toMatch(
      /Arvind Kejriwal/,
    );
  });

  it("writes parties known by a syllable short name as their letters", async () => {
    expect(await translate("भाजपा और राजद के नेता मिले।")).toMatch(/BJP/);
    expect(await translate("भाजपा और राजद के नेता मिले।")).toMatch(/RJD/);
  });
});

describe("numbers", () => {
  it("writes every Hindi cardinal from eleven to ninety-nine", async () => {
    expect(hindiNumberWord(hindiKey("इक्कीस"))).toBe("twenty-one");
    expect(hindiNumberWord(hindiKey("छियालीस"))).toBe("forty-six");
    expect(hindiNumberWord(hindiKey("तिरसठ"))).toBe("sixty-three");
    expect(hindiNumberWord(hindiKey("नवासी"))).toBe("eighty-nine");
    expect(hindiNumberWord(hindiKey("निन्यानवे"))).toBe("ninety-nine");
    // Up to ten the tables' own words stand (एक is also "a").
    expect(hindiNumberWord(hindiKey("एक"))).toBeUndefined();
    expect(await translate("इक्कीस लोग घायल हुए।")).toMatch(/^Twenty-one people/);
  });

  it("reads ordinals in -वां, -वीं and -वें", async () => {
    expect(await translate("यह उनका पांचवां चुनाव है।")).toMatch(/fifth/);
    expect(hindiNumberWord(hindiKey("दसवीं"))).toBe("tenth");
    expect(hindiNumberWord(hindiKey("सातवें"))).toBe("seventh");
    expect(hindiNumberWord(hindiKey("बीसवां"))).toBe("twentieth");
    expect(englishOrdinalWord("forty-two")).toBe("forty-second");
    expect(englishOrdinalWord("hundred")).toBe("hundredth");
  });

  it("gives a number with an ordinal suffix its English ending", async () => {
    expect(englishOrdinal("21")).toBe("21st");
    expect(englishOrdinal("22")).toBe("22nd");
    expect(englishOrdinal("103")).toBe("103rd");
    expect(englishOrdinal("11")).toBe("11th");
    expect(englishOrdinal("112")).toBe("112th");
    expect(await translate("21वीं सदी")).toMatch(/21st/);
    expect(await translate("वह 2रा आया।")).toMatch(/2nd/);
  });

  it("reads साढ़े, सवा and पौने with the number they qualify", async () => {
    const fraction = (text: string) => {
      const words = text.split(" ");
      return readFraction(words, words.map(hindiKey), 0);
    };
    expect(fraction("साढ़े तीन सौ")).toEqual({ text: "350", used: 3 });
    expect(fraction("सवा सौ")).toEqual({ text: "125", used: 2 });
    expect(fraction("पौने दो सौ")).toEqual({ text: "175", used: 3 });
    expect(fraction("साढ़े 4 हजार")).toEqual({ text: "4,500", used: 3 });
    expect(fraction("साढ़े तीन लाख")).toEqual({ text: "3.5", used: 2 });
    expect(fraction("साढ़े दस बजे")).toEqual({ text: "10:30", used: 3 });
    expect(fraction("पौने चार बजे")).toEqual({ text: "3:45", used: 3 });
    expect(fraction("पौने एक बजे")).toEqual({ text: "12:45", used: 3 });
    expect(fraction("साढ़े")).toBeUndefined();
    expect(await translate("पुल पर साढ़े तीन सौ करोड़ रुपये खर्च हुए।")).toMatch(/350 crore rupees/);
    expect(await translate("उसे सवा लाख रुपये मिले।")).toMatch(/1\.25 lakh rupees/);
  });

  it("keeps an amount's number with it when a genitive moves it", async () => {
    expect(await translate("सरकार ने 2.5 लाख करोड़ रुपये के पैकेज की घोषणा की।")).toMatch(
      /package of 2\.5 lakh crore rupees/,
    );
    expect(await translate("घोटाले में 3 लाख रुपये की रिश्वत ली गई।")).toMatch(/bribe of 3 lakh rupees/);
  });
});

describe("verbs and everyday news senses", () => {
  it("reads feminine plural verb forms in -ीं", async () => {
    expect(await translate("कीमतें बढ़ीं।")).toMatch(/increased/);
    expect(await translate("सरकार ने सुविधाएं दीं।")).toMatch(/gave/);
  });

  it("reads a form of जाना with no verb before it as go, not as a passive's was", async () => {
    expect(await translate("वह घर गया।")).toBe("He went home.");
    expect(await translate("वे मुंबई जाएंगे।")).toMatch(/will go/);
    // With a verb before it, it is still the passive.
    expect(await translate("उसे गिरफ्तार किया गया।")).toMatch(/was arrested/);
  });

  it("reads कल as tomorrow in a clause about the future", async () => {
    expect(await translate("कल बारिश होगी।")).toMatch(/^Tomorrow/);
    expect(await translate("कल बारिश हुई।")).toMatch(/^Yesterday/);
    expect(await translate("कल से नई दरें लागू होंगी।")).toMatch(/^From tomorrow new rates/);
  });

  it("gives news words their news sense", async () => {
    expect(await translate("पुलिस ने आरोपी को गिरफ्तार किया।")).toMatch(/accused/);
    expect(await translate("पेट्रोल के दाम बढ़े।")).toMatch(/price/);
    expect(await translate("प्रधानमंत्री ने रैली को संबोधित किया।")).toMatch(/addressed/);
    expect(await translate("साइबर अपराध बढ़ रहे हैं।")).toMatch(/^Cyber crime/);
  });
});

describe("sport, markets and courts", () => {
  it("counts runs, wickets, medals and points in the plural after a number", async () => {
    expect(await translate("भारत ने 5 विकेट पर 250 रन बनाए।")).toMatch(/5 wickets 250 runs/);
    expect(await translate("टीम ने 3 पदक जीते।")).toMatch(/3 medals/);
    expect(await translate("सेंसेक्स 500 अंक चढ़ा।")).toMatch(/^Sensex 500 points/);
  });

  it("reads the verb after a ने subject as perfective, not present or another verb", async () => {
    expect(await translate("भारत ने 5 विकेट पर 250 रन बनाए।")).toMatch(/^India made/);
    expect(await translate("टीम ने 3 पदक जीते।")).toBe("Team won 3 medals.");
    expect(await translate("भाजपा ने 240 सीटें जीतीं।")).toBe("BJP won 240 seats.");
    // Without ने the same ending stays what the analyser says.
    expect(await translate("लोग मैच देखते हैं।")).not.toMatch(/saw/);
  });

  it("reads पहले and दूसरे before a singular noun and a postposition as ordinals", async () => {
    expect(await translate("पहले चरण में मतदान हुआ।")).toMatch(/^In the first phase/);
    expect(await translate("दूसरे टेस्ट में भारत जीता।")).toMatch(/second test/);
    expect(await translate("पहले दिन का खेल खत्म हुआ।")).toMatch(/first day/);
    // Otherwise they keep their senses: "ago", "before", and "other" before a plural.
    expect(await translate("दो दिन पहले वह आया।")).toMatch(/before/);
    expect(await translate("दूसरे देशों के नेता आए।")).toMatch(/other countries/);
  });

  it("reads a stem before a completion verb as its past, also in a passive", async () => {
    expect(await translate("अदालत ने आरोपी को जमानत दे दी।")).toMatch(/granted bail/);
    expect(await translate("बदमाशों ने व्यापारी को गोली मार दी।")).toMatch(/shot/);
    expect(await translate("मैच रद्द कर दिया गया।")).toBe("Match was canceled.");
    expect(await translate("सरकार ने योजना शुरू कर दी।")).toMatch(/started/);
  });

  it("names athletes, teams and missions as news does", async () => {
    expect(await translate("नीरज चोपड़ा ने स्वर्ण पदक जीता।")).toMatch(/^Neeraj Chopra/);
    expect(await translate("शुभमन गिल ने शतक बनाया।")).toMatch(/Gill/);
    expect(await translate("मोहन बागान ने ईस्ट बंगाल को हराया।")).toMatch(/Mohun Bagan.*East Bengal/);
    expect(await translate("चंद्रयान श्रीहरिकोटा से छोड़ा गया।")).toMatch(/Chandrayaan.*Sriharikota/);
  });

  it("gives market words their market sense", async () => {
    expect(await translate("शेयर बाजार में उछाल आया।")).toMatch(/stock market surged/);
    expect(await translate("महंगाई दर 5 प्रतिशत रही।")).toMatch(/^Inflation rate/);
    expect(await translate("कच्चे तेल के दाम बढ़े।")).toMatch(/crude oil/);
  });
});

describe("text the gloss does not translate", () => {
  it("keeps the joiners inside an emoji sequence", async () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    expect(await translate(`राम ${family} आया।`)).toBe(`Ram ${family} came.`);
  });
});
