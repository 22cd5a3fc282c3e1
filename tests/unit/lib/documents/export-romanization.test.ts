import { describe, expect, it } from "vitest";
import type { ApiDocument } from "@/lib/api/wire-types";
import { toHtml, toMarkdown, toPlainText } from "@/lib/documents/export";
import { createExportContext } from "@/lib/documents/export-context";

const document: ApiDocument = {
  id: "AAAAAAAAAAAAAAAAAAAAAA",
  title: null,
  byline: null,
  sourceUrl: null,
  source: "hi",
  target: "en",
  engine: "gloss",
  createdAt: "2026-03-05T10:15:00.000Z",
  updatedAt: "2026-03-05T10:15:00.000Z",
  paragraphs: [
    {
      index: 0,
      source: "पुल सोमवार को खुला।",
      translation: "The bridge opened on Monday.",
      engine: "gloss:default",
      cached: false,
      sentences: [],
    },
  ],
  summary: null,
};

const context = async (romanization?: "hinglish" | "iso15919") => ({
  ...(await createExportContext({ language: "en" })),
  romanization,
});

describe("exports with the romanised line", () => {
  it("adds the Hinglish line under the Hindi paragraph in Markdown, and nothing under English", async () => {
    const markdown = toMarkdown(document, await context("hinglish"));
    expect(markdown).toContain("पुल सोमवार को खुला।\n\n*pul somvar ko khula.*\n\n> The bridge");
    expect(markdown).not.toMatch(/> \*/);
  });

  it("adds the ISO 15919 line in HTML as text in its own block", async () => {
    const html = toHtml(document, await context("iso15919"));
    expect(html).toContain(
      '<td lang="hi">पुल सोमवार को खुला।<span class="romanized" lang="hi-Latn">pula sōmavāra kō khulā.</span></td>',
    );
  });

  it("adds it under each paragraph of the Hindi plain text only", async () => {
    const ready = await context("hinglish");
    expect(toPlainText(document, "source", ready)).toBe(
      "पुल सोमवार को खुला।\npul somvar ko khula.\n",
    );
    expect(toPlainText(document, "target", ready)).not.toContain("khula");
  });

  it("leaves exports as they were when the line is off", async () => {
    const markdown = toMarkdown(document, await context());
    expect(markdown).not.toContain("khula");
    expect(toHtml(document, await context())).not.toContain('class="romanized"');
  });

  it("romanises a Hindi translation of an English article", async () => {
    const english: ApiDocument = {
      ...document,
      source: "en",
      target: "hi",
      paragraphs: [
        {
          ...document.paragraphs[0]!,
          source: "The bridge opened.",
          translation: "पुल खुला।",
        },
      ],
    };
    expect(toMarkdown(english, await context("hinglish"))).toContain("> पुल खुला।\n\n> *pul khula.*");
  });
});
