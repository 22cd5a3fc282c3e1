import { describe, expect, it } from "vitest";
import { arrangeUnits, type Unit } from "@/lib/translation/engines/gloss/hindi-grammar";

const content = (text: string): Unit => ({ text, kind: "content" });
const genitive: Unit = { text: "of", kind: "genitive" };

describe("Hindi→English clause rules (arrangeUnits)", () => {
  it("moves a postposition before a whole 'Y of X' phrase, and nests genitives", () => {
    // कैलिफ़ोर्निया के लोगों के लिए
    expect(
      arrangeUnits([
        content("California"),
        genitive,
        content("people"),
        { text: "for", kind: "postposition" },
      ]).join(" "),
    ).toBe("for the people of California");
    // देश के नेता का बयान
    expect(
      arrangeUnits([
        content("country"),
        genitive,
        content("leader"),
        genitive,
        content("statement"),
      ]).join(" "),
    ).toBe("the statement of the leader of the country");
  });

  it("puts the article on the first word that is written, not on a dropped one", () => {
    expect(
      arrangeUnits([content(""), content("city"), { text: "in", kind: "postposition" }]),
    ).toEqual(["in", "the", "city"]);
  });

  it("puts a nominative subject's final verb after it (SOV → SVO)", () => {
    // कैप्सूल आसमान में दिखाई देगा
    expect(
      arrangeUnits([
        content("capsule"),
        content("sky"),
        { text: "in", kind: "postposition" },
        { text: "will appear", kind: "verb", base: "appear", tense: "fut" },
      ]).join(" "),
    ).toBe("capsule will appear in the sky");
  });

  it("leaves a bare noun run alone: subject and unmarked object cannot be told apart", () => {
    expect(
      arrangeUnits([
        content("Ram"),
        content("book"),
        { text: "reads", kind: "verb", base: "read", tense: "prs" },
      ]).join(" "),
    ).toBe("Ram book reads");
  });

  it("puts not after the first auxiliary, or uses did not before a bare past verb", () => {
    expect(
      arrangeUnits([
        { text: "he", kind: "pronoun" },
        content("not"),
        { text: "was", kind: "copula" },
      ]).join(" "),
    ).toBe("he was not");
    expect(
      arrangeUnits([
        { text: "he", kind: "pronoun" },
        { text: "", kind: "ergative" },
        content("not"),
        { text: "came", kind: "verb", base: "come", tense: "perf" },
      ]).join(" "),
    ).toBe("he did not come");
  });

  it("orders two clauses joined by और each on its own, but not two joined nouns", () => {
    expect(
      arrangeUnits([
        { text: "he", kind: "pronoun" },
        content("home"),
        { text: "to", kind: "postposition" },
        { text: "went", kind: "verb", base: "go", tense: "perf" },
        content("and"),
        { text: "she", kind: "pronoun" },
        content("office"),
        { text: "in", kind: "postposition" },
        { text: "stayed", kind: "verb", base: "stay", tense: "perf" },
      ]).join(" "),
    ).toBe("he went to the home and she stayed in the office");
  });

  it("makes a demonstrative the determiner of the noun after it, and को after a day 'on'", () => {
    expect(
      arrangeUnits([
        { text: "this", kind: "pronoun" },
        content("question"),
        { text: "on", kind: "postposition" },
      ]).join(" "),
    ).toBe("on this question");
    expect(
      arrangeUnits([content("Sunday"), { text: "to", kind: "object" }, content("meeting")]).join(
        " ",
      ),
    ).toBe("on Sunday meeting");
  });

  it("reads अपना as the possessive of the clause's pronoun subject, else their", () => {
    const own = content("own");
    expect(
      arrangeUnits([
        { text: "we", kind: "pronoun" },
        own,
        content("home"),
        { text: "to", kind: "postposition" },
        { text: "went", kind: "verb", base: "go", tense: "perf" },
      ]).join(" "),
    ).toBe("we went to our home");
    expect(arrangeUnits([content("company"), own, content("plan")]).join(" ")).toBe(
      "company their plan",
    );
  });

  it("makes a possessive before a verb made from its noun the verb's subject", () => {
    expect(
      arrangeUnits([
        { text: "his", kind: "content" },
        { text: "died", kind: "verb-group" },
      ]).join(" "),
    ).toBe("he died");
  });
});
