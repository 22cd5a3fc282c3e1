import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { createClientI18n } from "@/lib/i18n/client";
import { numberedText, rememberTranslations } from "@/lib/i18n/remembered-translations";

/** A real i18next `t` in `language`, with a count of how often it was asked. */
function countingT(language: "en" | "hi") {
  const t = createClientI18n(language).getFixedT(language, "common");
  const asked = { count: 0 };
  const counted = ((...parts: Parameters<TFunction>) => {
    asked.count += 1;
    return (t as unknown as (...values: unknown[]) => unknown)(...parts);
  }) as unknown as TFunction;
  return { t: counted, plain: t, asked };
}

describe("rememberTranslations", () => {
  it("answers as i18next does, asking it once per question", () => {
    const { t, plain, asked } = countingT("en");
    const remembered = rememberTranslations(t);
    expect(remembered("reader.pending")).toBe(plain("reader.pending"));
    expect(remembered("reader.pending")).toBe(plain("reader.pending"));
    expect(remembered("reader.showIn", { language: "Hindi" })).toBe("Show in Hindi");
    expect(remembered("reader.showIn", { language: "English" })).toBe("Show in English");
    expect(remembered("reader.showIn", { language: "Hindi" })).toBe("Show in Hindi");
    expect(asked.count).toBe(3);
  });

  it("keeps one remembering function per t, and a new t (another language) answers anew", () => {
    const english = countingT("en");
    const hindi = countingT("hi");
    expect(rememberTranslations(english.t)).toBe(rememberTranslations(english.t));
    expect(rememberTranslations(english.t)("reader.pending")).toBe("Translating this paragraph…");
    expect(rememberTranslations(hindi.t)("reader.pending")).toBe(hindi.plain("reader.pending"));
    expect(rememberTranslations(hindi.t)("reader.pending")).not.toBe("Translating this paragraph…");
  });

  it("passes questions whose answer it cannot key (objects in the options) straight through", () => {
    const { t, asked } = countingT("en");
    const remembered = rememberTranslations(t);
    const options = { language: "Hindi", extra: { nested: true } };
    remembered("reader.showIn", options);
    remembered("reader.showIn", options);
    expect(asked.count).toBe(2);
  });
});

describe("numberedText", () => {
  it("fills the number in as i18next would, in either interface language", () => {
    for (const language of ["en", "hi"] as const) {
      const { plain, asked, t } = countingT(language);
      const label = numberedText(t, "reader.paragraphLabel");
      for (const number of [1, 12, 500])
        expect(label(number)).toBe(plain("reader.paragraphLabel", { number }));
      expect(asked.count).toBe(1);
    }
  });
});
