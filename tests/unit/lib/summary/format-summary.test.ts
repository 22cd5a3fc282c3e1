import { describe, expect, it } from "vitest";
import { translationNote } from "@/lib/documents/translation-note";
import { formatSummary } from "@/lib/summary/format-summary";
import { createExportContext } from "@/lib/documents/export-context";

const bullets = [
  { source: "पुल सोमवार को खुला।", translation: "The bridge opened on Monday." },
  { source: "दुकानदार खुश हैं।", translation: null },
];
const common = {
  title: "New bridge opens",
  permalink: "https://reader.example.test/d/AAAA",
  note: "Machine translation by DeepL; it may contain mistakes.",
};

describe("formatSummary", () => {
  it("does not repeat a bullet that reads the same as the title (the headline picked as a key sentence)", () => {
    const headline = { source: "नया पुल खुला", translation: "New bridge opens" };
    for (const format of ["plain", "markdown", "both"] as const) {
      const text = formatSummary([headline, ...bullets], {
        format,
        readTranslation: true,
        ...common,
      });
      expect(text.split("New bridge opens")).toHaveLength(2);
      expect(text).toContain("The bridge opened on Monday.");
    }
    expect(
      formatSummary([headline], { format: "plain", readTranslation: true, ...common }).split("\n"),
    ).toEqual([
      "New bridge opens",
      "",
      "https://reader.example.test/d/AAAA",
      "Machine translation by DeepL; it may contain mistakes.",
    ]);
  });

  it("plain: title, bullets in the reading language, then the link and the note", () => {
    expect(formatSummary(bullets, { format: "plain", readTranslation: true, ...common })).toBe(
      [
        "New bridge opens",
        "",
        "• The bridge opened on Monday.",
        "• दुकानदार खुश हैं।",
        "",
        "https://reader.example.test/d/AAAA",
        "Machine translation by DeepL; it may contain mistakes.",
      ].join("\n"),
    );
  });

  it("markdown: heading, list, autolink and the note in italics", () => {
    expect(formatSummary(bullets, { format: "markdown", readTranslation: false, ...common })).toBe(
      [
        "## New bridge opens",
        "",
        "- पुल सोमवार को खुला।",
        "- दुकानदार खुश हैं।",
        "",
        "<https://reader.example.test/d/AAAA>",
        "",
        "*Machine translation by DeepL; it may contain mistakes.*",
      ].join("\n"),
    );
  });

  it("both languages: each bullet with the other language under it, and the same title, link and note", () => {
    const text = formatSummary(bullets, { format: "both", readTranslation: true, ...common });
    expect(text.split("\n\n")).toEqual([
      "New bridge opens",
      "• The bridge opened on Monday.\n  पुल सोमवार को खुला।\n• दुकानदार खुश हैं।\n  दुकानदार खुश हैं।",
      "https://reader.example.test/d/AAAA\nMachine translation by DeepL; it may contain mistakes.",
    ]);
  });

  it("leaves out a link that is not http(s), and the link before the document is saved", () => {
    for (const permalink of ["javascript:alert(1)", null]) {
      const text = formatSummary(bullets, {
        format: "markdown",
        readTranslation: true,
        ...common,
        permalink,
      });
      expect(text).not.toMatch(/javascript|<http/);
      expect(text).toMatch(/\*Machine translation by DeepL/);
    }
  });
});

describe("translationNote", () => {
  it("names the engines, says when it is a rough draft and counts corrections", async () => {
    const { t } = await createExportContext({ language: "en" });
    expect(translationNote([{ engine: "deepl:default" }, { engine: "deepl:default" }], t)).toBe(
      "Machine translation by DeepL; it may contain mistakes.",
    );
    expect(translationNote([{ engine: "gloss:default" }], t)).toBe(
      "Rough offline draft (word by word), not a full translation.",
    );
    expect(
      translationNote(
        [{ engine: "openai:gpt-4o-mini" }, { engine: "gloss:default", corrected: true }],
        t,
      ),
    ).toBe(
      "Machine translation by a language model (gpt-4o-mini); it may contain mistakes. 1 paragraph corrected by a person.",
    );
    expect(translationNote([{ engine: "on-device:bergamot-tiny" }], t)).toBe(
      "Machine translation by an on-device model in the browser (Bergamot); it may contain mistakes.",
    );
    const { t: hindi } = await createExportContext({ language: "hi" });
    expect(translationNote([{ engine: "gloss:default" }], hindi)).toMatch(/कच्चा मसौदा/);
  });
});
