import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import {
  STATIC_ROWS_LIMIT,
  STATIC_TEXT_CHARACTERS_LIMIT,
  staticRowCount,
  staticRowsHtml,
} from "@/components/documents/static-rows-html";
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

  it("renders a bounded number of rows, however long the document, and says how many", async () => {
    const short = (count: number) =>
      savedDocument(
        Array.from({ length: count }, (_, index) => ({
          source: `पैरा ${index}`,
          translation: `para ${index}`,
        })) as ApiDocument["paragraphs"],
      );
    const t = await englishT();
    expect(staticRowCount(short(12))).toBe(12);
    const longest = short(50_000);
    expect(staticRowCount(longest)).toBe(STATIC_ROWS_LIMIT);
    const rows = parse(staticRowsHtml(longest, t)).querySelectorAll("[data-paragraph-index]");
    expect(rows).toHaveLength(STATIC_ROWS_LIMIT);
    expect(rows[rows.length - 1]?.id).toBe(`p-${STATIC_ROWS_LIMIT - 1}`);

    // Long paragraphs end the rows at the character bound; a paragraph longer than the bound
    // leaves them all to the reader.
    const quarter = "क".repeat(STATIC_TEXT_CHARACTERS_LIMIT / 4);
    const long = savedDocument(
      Array.from({ length: 8 }, () => ({
        source: quarter,
        translation: "",
      })) as ApiDocument["paragraphs"],
    );
    expect(staticRowCount(long)).toBe(4);
    const huge = savedDocument([
      { source: "क".repeat(STATIC_TEXT_CHARACTERS_LIMIT + 1), translation: "k" },
    ] as ApiDocument["paragraphs"]);
    expect(staticRowCount(huge)).toBe(0);
    expect(staticRowsHtml(huge, t)).toBe("");
  });
});
