import { describe, expect, it } from "vitest";
import { indefiniteArticle, takesAn } from "@/lib/translation/engines/gloss/english-articles";

describe("indefinite article", () => {
  it("is an before a vowel sound and a before a consonant sound", () => {
    expect(takesAn("important")).toBe(true);
    expect(takesAn("election")).toBe(true);
    expect(takesAn("big")).toBe(false);
    expect(takesAn("university")).toBe(false);
    expect(takesAn("one")).toBe(false);
    expect(takesAn("hour")).toBe(true);
    expect(takesAn("house")).toBe(false);
    expect(takesAn("uncle")).toBe(true);
  });
  it("reads acronyms letter by letter", () => {
    expect(takesAn("MP")).toBe(true);
    expect(takesAn("FBI")).toBe(true);
    expect(takesAn("BBC")).toBe(false);
  });
  it("keeps the capital and leaves other words alone", () => {
    expect(indefiniteArticle("A", "election")).toBe("An");
    expect(indefiniteArticle("an", "big")).toBe("a");
    expect(indefiniteArticle("the", "election")).toBe("the");
  });
  it("is applied to the gloss's output after reordering", async () => {
    const { createGlossEngine } = await import("@/lib/translation/engines/gloss/gloss-engine");
    const engine = createGlossEngine();
    const { translations } = await engine.doTranslate({
      segments: ["एक महत्वपूर्ण कदम"],
      source: "hi",
      target: "en",
    });
    expect(translations[0]).toMatch(/^An important step$/);
  });
});
