import { describe, expect, it } from "vitest";
import {
  copula,
  future,
  genitive,
  imperfective,
  inflectAdjective,
  inflectNoun,
  perfective,
} from "@/lib/translation/engines/gloss/hindi-inflection";

const masculine = { gender: "m", plural: false, person: 3 } as const;
const feminine = { gender: "f", plural: false, person: 3 } as const;
const plural = { gender: "m", plural: true, person: 3 } as const;

describe("Hindi verb forms", () => {
  it("forms the perfective, with the irregular verbs", () => {
    expect(perfective("कर", masculine)).toBe("किया");
    expect(perfective("कर", feminine)).toBe("की");
    expect(perfective("जा", plural)).toBe("गए");
    expect(perfective("हो", feminine)).toBe("हुई");
    expect(perfective("लिख", masculine)).toBe("लिखा");
    expect(perfective("बता", feminine)).toBe("बताई");
    expect(perfective("घोषणा कर", masculine)).toBe("घोषणा किया");
  });

  it("forms the imperfective, the future and the copula", () => {
    expect(imperfective("कर", feminine)).toBe("करती");
    expect(imperfective("कर", plural)).toBe("करते");
    expect(future("कर", masculine)).toBe("करेगा");
    expect(future("जा", plural)).toBe("जाएंगे");
    expect(future("हो", feminine)).toBe("होगी");
    expect(copula("present", plural)).toBe("हैं");
    expect(copula("present", { gender: "m", plural: false, person: 1 })).toBe("हूं");
    expect(copula("past", feminine)).toBe("थी");
  });
});

describe("Hindi nouns, adjectives and का", () => {
  it("inflects nouns for number and case", () => {
    expect(inflectNoun("लड़का", "m", true, false)).toBe("लड़के");
    expect(inflectNoun("लड़का", "m", false, true)).toBe("लड़के");
    expect(inflectNoun("लड़का", "m", true, true)).toBe("लड़कों");
    expect(inflectNoun("नेता", "m", false, true)).toBe("नेता");
    expect(inflectNoun("किताब", "f", true, false)).toBe("किताबें");
    expect(inflectNoun("नदी", "f", true, true)).toBe("नदियों");
    expect(inflectNoun("किसान", "m", true, true)).toBe("किसानों");
    expect(inflectNoun("किसान", "m", true, false)).toBe("किसान");
  });

  it("makes -ा adjectives and का agree", () => {
    expect(inflectAdjective("बड़ा", "f", false, false)).toBe("बड़ी");
    expect(inflectAdjective("बड़ा", "m", false, true)).toBe("बड़े");
    expect(inflectAdjective("सुंदर", "f", true, false)).toBe("सुंदर");
    expect(genitive("f", false, false)).toBe("की");
    expect(genitive("m", true, false)).toBe("के");
    expect(genitive("m", false, false)).toBe("का");
  });
});
