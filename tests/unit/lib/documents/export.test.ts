import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import type { ApiDocument, ApiParagraph } from "@/lib/api/wire-types";
import { toHtml, toMarkdown, toPlainText } from "@/lib/documents/export";
import { safeLinkTarget } from "@/lib/documents/safe-link";
import { createExportContext } from "@/lib/documents/export-context";
import { requestOrigin } from "@/lib/documents/request-origin";

const paragraph = (index: number, source: string, translation: string | null): ApiParagraph => ({
  index,
  source,
  translation,
  engine: "deepl:default",
  cached: true,
  sentences: [],
});

function sampleDocument(overrides: Partial<ApiDocument> = {}): ApiDocument {
  return {
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    title: "नदी पर नया पुल खुला",
    byline: "सुनीता वर्मा",
    sourceUrl: "https://news.example.test/bridge",
    source: "hi",
    target: "en",
    engine: "deepl",
    createdAt: "2026-03-05T10:15:00.000Z",
    updatedAt: "2026-03-05T10:15:00.000Z",
    paragraphs: [
      paragraph(0, "नदी पर नया पुल खुला", "New bridge opens over the river"),
      paragraph(1, "पुल सोमवार को खुला।", "The bridge opened on Monday."),
      paragraph(2, "लोग खुश हैं।", null),
    ],
    summary: {
      method: "extractive",
      source: "hi",
      target: "en",
      bullets: [
        {
          source: "पुल सोमवार को खुला।",
          translation: "The bridge opened on Monday.",
          paragraphs: [1],
          sentences: [],
          engine: "deepl:default",
        },
      ],
    },
    ...overrides,
  };
}

/** Every link a CommonMark renderer would make from this Markdown. */
function renderedLinks(markdown: string): string[] {
  const links: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "link") links.push(node.url);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(markdown));
  return links;
}

const english = () =>
  createExportContext({ language: "en", permalink: "https://reader.example.test/d/AAAA" });

describe("Markdown export links", () => {
  it.each([
    "https://evil.example/x>[click](javascript:alert(1))",
    "https://evil.example/<script>",
    "https://evil.example/a b\n[x](javascript:alert(1))",
  ])("keeps a hostile source address inside its autolink: %s", async (sourceUrl) => {
    const markdown = toMarkdown(sampleDocument({ sourceUrl }), await english());
    const line = markdown.split("\n").find((text) => text.startsWith("- Source:")) ?? "";
    expect(line).toMatch(/^- Source: <https:\/\/evil\.example\/[^<>\s]*>$/);
    const links = renderedLinks(markdown);
    expect(links).toHaveLength(2); // the source and the permalink, nothing else
    for (const link of links) expect(link).toMatch(/^https:\/\//);
  });

  it("does not link an address that is not http or https", async () => {
    const markdown = toMarkdown(
      sampleDocument({ sourceUrl: "javascript:alert(1)//https://x" }),
      await english(),
    );
    expect(renderedLinks(markdown)).toEqual(["https://reader.example.test/d/AAAA"]);
    expect(markdown).toContain("- Source: javascript:alert(1)//https://x");
  });

  it("links only http and https addresses, percent-encoding brackets and spaces", () => {
    expect(safeLinkTarget("https://x.test/a>b c")).toBe("https://x.test/a%3Eb%20c");
    expect(safeLinkTarget("javascript:alert(1)")).toBeNull();
    expect(safeLinkTarget("data:text/html,hi")).toBeNull();
    expect(safeLinkTarget("not a url")).toBeNull();
  });
});

describe("HTML export", () => {
  it("sets column widths in a colgroup with a narrow number column", async () => {
    const html = toHtml(sampleDocument(), await english());
    expect(html).toMatch(
      /<colgroup><col class="number"><col class="text"><col class="text"><\/colgroup>/,
    );
    expect(html).toMatch(/col\.number \{ width: 2\.75rem; \}/);
  });

  it("heads the page with the headline and its translation, not a table row", async () => {
    const html = toHtml(sampleDocument(), await english());
    expect(html).toContain('<h1 lang="hi" id="p-0">नदी पर नया पुल खुला</h1>');
    expect(html).toContain(
      '<p class="title-translation" lang="en">New bridge opens over the river</p>',
    );
    expect(html).not.toContain('<tr id="p-0">');
    expect(html.match(/<tr id="p-\d+">/g)).toEqual(['<tr id="p-1">', '<tr id="p-2">']);
  });

  it("prints the source and the permalink as their addresses, with the summary and notice", async () => {
    const html = toHtml(sampleDocument(), await english());
    expect(html).toContain(
      'Permanent link: <a href="https://reader.example.test/d/AAAA">https://reader.example.test/d/AAAA</a>',
    );
    expect(html).toContain(
      'Source: <a href="https://news.example.test/bridge">https://news.example.test/bridge</a>',
    );
    expect(html).toMatch(/<h2 id="summary-heading">Summary<\/h2>/);
    expect(html).toContain('<a class="reference" href="#p-1">(paragraph 2)</a>');
    expect(html).toContain('<p class="notice" role="note">Machine translation by DeepL');
  });

  it("writes the date in the reader's language and time zone, never as raw ISO", async () => {
    const hindi = await createExportContext({ language: "hi", timeZone: "Asia/Kolkata" });
    const html = toHtml(sampleDocument(), hindi);
    expect(html).toContain("सहेजा गया: 5 मार्च 2026");
    // One way of writing the time in Hindi: a 24-hour clock, not a Latin "pm" beside बजे.
    expect(html).toMatch(/15:45/);
    expect(html).not.toMatch(/\b[ap]m\b/);
    expect(html).not.toMatch(/>[^<]*2026-03-05T/);
    const englishHtml = toHtml(sampleDocument(), await createExportContext({ language: "en" }));
    expect(englishHtml).toMatch(/Saved 5 March 2026/);
  });

  it("gives the page the interface's language, and each text its own", async () => {
    const englishHtml = toHtml(sampleDocument(), await english());
    expect(englishHtml).toMatch(/<html lang="en">/);
    expect(englishHtml).toMatch(/<td lang="hi">/);
    expect(englishHtml).toMatch(/<h1 lang="hi"/);
    const hindiHtml = toHtml(sampleDocument(), await createExportContext({ language: "hi" }));
    expect(hindiHtml).toMatch(/<html lang="hi">/);
  });

  it("says when the text is a rough offline draft rather than a translation", async () => {
    const draft = sampleDocument({
      paragraphs: sampleDocument().paragraphs.map((item) => ({ ...item, engine: "gloss:default" })),
    });
    expect(toHtml(draft, await english())).toContain("Rough offline draft (word by word)");
  });

  it("links no unsafe source address", async () => {
    const html = toHtml(sampleDocument({ sourceUrl: "javascript:alert(1)" }), await english());
    expect(html).not.toContain('href="javascript:');
  });
});

describe("plain text export", () => {
  it("starts with the headline in either language and ends with the link and the note", async () => {
    const context = await english();
    const target = toPlainText(sampleDocument(), "target", context);
    expect(
      target.startsWith("New bridge opens over the river\n\nThe bridge opened on Monday."),
    ).toBe(true);
    expect(target).toContain("[not translated]");
    expect(target.trimEnd().split("\n").slice(-2)).toEqual([
      "https://reader.example.test/d/AAAA",
      "Machine translation by DeepL; it may contain mistakes.",
    ]);
    const source = toPlainText(sampleDocument(), "source", context);
    expect(source.split("\n\n").slice(0, 3)).toEqual([
      "नदी पर नया पुल खुला",
      "पुल सोमवार को खुला।",
      "लोग खुश हैं।",
    ]);
  });
});

describe("request origin", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/documents/x/export", { headers });

  it("uses the request's own address unless a proxy is trusted", () => {
    expect(
      requestOrigin(request({ "x-forwarded-host": "evil.example", host: "evil.example" }), false),
    ).toBe("http://localhost:3000");
  });

  it("uses the forwarded host and protocol behind a trusted proxy", () => {
    expect(
      requestOrigin(
        request({ "x-forwarded-host": "news.example.in", "x-forwarded-proto": "https" }),
        1,
      ),
    ).toBe("https://news.example.in");
    expect(requestOrigin(request({ host: "reader.example.in:8080" }), true)).toBe(
      "http://reader.example.in:8080",
    );
  });

  it("ignores a forwarded host that is not a host name", () => {
    expect(requestOrigin(request({ "x-forwarded-host": 'evil.example/"><script>' }), true)).toBe(
      "http://localhost:3000",
    );
  });
});

describe("a long paragraph read in several rows", () => {
  // Rows 2 and 3 are one paragraph of the article, split for reading; the summary cites row 3.
  const split = () =>
    sampleDocument({
      paragraphs: [
        paragraph(0, "नदी पर नया पुल खुला", "New bridge opens over the river"),
        paragraph(1, "पुल सोमवार को खुला।", "The bridge opened on Monday."),
        { ...paragraph(2, "लोग खुश हैं।", "People are happy."), continues: false },
        { ...paragraph(3, "दुकानें खुलीं।", "Shops opened."), continues: true },
        paragraph(4, "बारिश रुकी।", "The rain stopped."),
      ],
      summary: {
        method: "extractive",
        source: "hi",
        target: "en",
        bullets: [
          {
            source: "दुकानें खुलीं।",
            translation: "Shops opened.",
            paragraphs: [3],
            sentences: [{ paragraph: 3, start: 0, end: 14 }],
            engine: "deepl:default",
          },
        ],
      },
    });

  it("exports the article's own paragraphs in every format", async () => {
    const context = await english();
    expect(toPlainText(split(), "source")).toBe(
      "नदी पर नया पुल खुला\n\nपुल सोमवार को खुला।\n\nलोग खुश हैं। दुकानें खुलीं।\n\nबारिश रुकी।\n",
    );
    expect(toPlainText(split(), "target", context)).toContain(
      "People are happy. Shops opened.\n\nThe rain stopped.",
    );
    const markdown = toMarkdown(split(), context);
    expect(markdown).toContain("## 3\n\nलोग खुश हैं। दुकानें खुलीं।\n\n> People are happy. Shops opened.");
    expect(markdown).not.toContain("## 4\n\nदुकानें");
    // The summary points at the joined paragraph (number 3), not the row (number 4).
    expect(markdown).toContain("दुकानें खुलीं। (paragraph 3)");
    const html = toHtml(split(), context);
    expect(html).toContain('href="#p-2"');
    expect(html).toContain("लोग खुश हैं। दुकानें खुलीं।");
  });
});
