import { describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { tokenize } from "@/lib/translation/engines/gloss/tokenize";
import { isVerbatim } from "@/lib/translation/engines/gloss/verbatim";

const engine = createGlossEngine();
const translate = async (text: string, source: "hi" | "en" = "hi") =>
  (await engine.doTranslate({ segments: [text], source, target: source === "hi" ? "en" : "hi" }))
    .translations[0] ?? "";

describe("text that is never translated", () => {
  it("recognises addresses, handles, tags, code and Latin-digit words", () => {
    for (const text of [
      "https://example.com/news?id=42",
      "www.example.org/a_b",
      "news@example.co.in",
      "@dvibhashi",
      "#मेक_इन_इंडिया",
      "`npm run build`",
      "G20",
      "COVID-19",
      "100km",
    ]) {
      expect(isVerbatim(text)).toBe(true);
    }
    expect(isVerbatim("पर")).toBe(false);
    expect(isVerbatim("42")).toBe(false);
  });

  it("keeps a web address whole and leaves sentence punctuation outside it", () => {
    const tokens = tokenize("देखें https://example.com/news?id=42. फिर");
    expect(tokens.find((token) => token.kind === "verbatim")?.text).toBe(
      "https://example.com/news?id=42",
    );
  });

  it("tokenizes text without an @ as it would with one elsewhere in it", () => {
    // Text without an @ is read by a pattern lacking the e-mail and handle alternatives.
    const text = "देखें https://example.com/a?b=1, #टैग, `code`, G20 और 100km पर 5.5 लोग।";
    const withAt = tokenize(`${text} @dvibhashi`);
    expect(withAt.at(-1)).toEqual({ kind: "verbatim", text: "@dvibhashi" });
    expect(withAt.slice(0, -2)).toEqual(tokenize(text));
    expect(tokenize(text).filter((token) => token.kind === "verbatim")).toHaveLength(5);
  });

  it("passes every kind through the Hindi gloss exactly", async () => {
    const cases = [
      "https://example.com/news?id=42",
      "news@example.co.in",
      "@dvibhashi",
      "#मेक_इन_इंडिया",
      "`npm run build`",
      "G20",
      "COVID-19",
      "iPhone",
      "AM",
      "MWP",
    ];
    for (const verbatim of cases) {
      const output = await translate(`${verbatim} पर सरकार ने कहा।`);
      expect(output).toContain(verbatim);
    }
    // The number inside the address is not glossed as "on 42".
    expect(await translate("https://example.com/news?id=42 पर")).not.toMatch(/id=on/);
  });

  it("does not re-case a Latin word that starts a Hindi sentence", async () => {
    expect(await translate("iPhone की बिक्री बढ़ी।")).toMatch(/^iPhone /);
  });

  it("passes them through the English gloss too", async () => {
    const output = await translate("Read https://example.com/a?b=1 and write to a@b.org.", "en");
    expect(output).toContain("https://example.com/a?b=1");
    expect(output).toContain("a@b.org");
  });
});
