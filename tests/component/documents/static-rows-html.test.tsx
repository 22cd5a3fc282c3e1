import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { staticRowsHtml } from "@/components/documents/static-rows-html";
import type { ApiDocument } from "@/lib/api/wire-types";
import { i18nOptions } from "@/lib/i18n/settings";

const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" 'single'`;

function savedDocument(paragraphs: ApiDocument["paragraphs"]): ApiDocument {
  return {
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    createdAt: "2026-12-02T00:00:00.000Z",
    updatedAt: "2026-12-02T00:00:00.000Z",
    title: null,
    byline: null,
    sourceUrl: null,
    source: "hi",
    target: "en",
    engine: "fake",
    paragraphs,
    summary: null,
  } as ApiDocument;
}

async function englishT() {
  const instance = createInstance();
  await instance.init(i18nOptions("en"));
  return instance.getFixedT("en", "common");
}

/** The fragment as a browser parses it. */
function parse(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = html;
  return container;
}

describe("the permalink's rows as HTML", () => {
  it("renders every paragraph as text, whatever characters it holds", async () => {
    const rows = parse(
      staticRowsHtml(
        savedDocument([
          { source: "पहला अनुच्छेद।\nदूसरी पंक्ति।", translation: HOSTILE },
          { source: HOSTILE, translation: null },
        ] as ApiDocument["paragraphs"]),
        await englishT(),
      ),
    );
    expect(rows.querySelectorAll("script, img")).toHaveLength(0);
    const cells = [...rows.querySelectorAll("[data-paragraph-index]")].map((row) => [
      row.querySelector('p[lang="hi"]')?.textContent,
      row.querySelector('p[lang="en"]')?.textContent,
    ]);
    expect(cells).toEqual([
      ["पहला अनुच्छेद।\nदूसरी पंक्ति।", HOSTILE],
      [HOSTILE, ""],
    ]);
  });

  it("gives each row the reader's id and label, so #p-N links land before any script", async () => {
    const rows = parse(
      staticRowsHtml(
        savedDocument([
          { source: "एक", translation: "One" },
          { source: "दो", translation: "Two" },
        ] as ApiDocument["paragraphs"]),
        await englishT(),
      ),
    );
    const second = rows.querySelector("#p-1");
    expect(second?.getAttribute("data-paragraph-index")).toBe("1");
    expect(second?.getAttribute("role")).toBe("group");
    expect(second?.getAttribute("aria-label")).toBe("Paragraph 2");
    expect(second?.querySelector('[data-cell="translation"] p')?.textContent).toBe("Two");
  });
});
