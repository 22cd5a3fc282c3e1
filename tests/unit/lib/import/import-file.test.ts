import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/import/import-file";
import { plainParagraphs } from "@/lib/import/plain-text";
import { ROW_SPLIT_THRESHOLD, toReadableRows } from "@/lib/text/readable-rows";
import { segmentParagraphs } from "@/lib/text/paragraphs";

const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return importFile({ name, size: bytes.byteLength, bytes });
};

describe(".txt import", () => {
  it("makes one paragraph per line, exactly as pasting the same text does", () => {
    const text = "पहली पंक्ति।\nदूसरी पंक्ति।\n  तीसरी   पंक्ति।  \n\nचौथी पंक्ति।\n";
    const pasted = segmentParagraphs(text).paragraphs.map((paragraph) => paragraph.text);
    expect(file("seed.txt", text).paragraphs).toEqual(pasted);
    expect(pasted).toHaveLength(4);
  });

  it("joins hard-wrapped lines when the file clearly separates paragraphs with blank lines", () => {
    const wrapped = [
      "The river bridge opened on Monday morning after three years of",
      "work, and the city says travel times will fall by half.",
      "",
      "Shopkeepers on both banks hope that more customers will come,",
      "while some residents worry about parking near the market.",
    ].join("\n");
    expect(plainParagraphs(wrapped)).toEqual([
      "The river bridge opened on Monday morning after three years of work, and the city says travel times will fall by half.",
      "Shopkeepers on both banks hope that more customers will come, while some residents worry about parking near the market.",
    ]);
  });

  it("keeps lines apart when blank lines separate blocks of complete sentences", () => {
    const text = "पहला वाक्य।\nदूसरा वाक्य।\n\nतीसरा वाक्य।\nचौथा वाक्य।";
    expect(plainParagraphs(text)).toHaveLength(4);
  });

  it("names a file without a headline after itself, with no headline row", () => {
    const article = file("river-bridge.txt", "एक।\nदो।");
    expect(article.title).toBe("river bridge");
    expect(article.titleParagraph).toBeNull();
    expect(article.paragraphs).toEqual(["एक।", "दो।"]);
  });
});

describe(".md import", () => {
  const markdown = [
    "# पुल खुला",
    "",
    "यह **नया** [पुल](https://x.test/a_(b)) है।",
    "",
    "## अधिकारियों ने क्या कहा",
    "",
    "- पहली बात, [विकिपीडिया](https://en.wikipedia.org/wiki/Bridge_(structure)) पर",
    "- दूसरी बात",
    "  1. भीतर की बात",
    "",
    "> एक निवासी ने कहा: अच्छा है।",
    "",
    "---",
    "",
    "![पुल की तस्वीर](photo.jpg)",
  ].join("\n");

  it("keeps headings, list items and quotes as their own paragraphs, with link text intact", () => {
    const article = file("story.md", markdown);
    expect(article.title).toBe("पुल खुला");
    expect(article.titleParagraph).toBe(0);
    expect(article.paragraphs).toEqual([
      "पुल खुला",
      "यह नया पुल है।",
      "अधिकारियों ने क्या कहा",
      "पहली बात, विकिपीडिया पर",
      "दूसरी बात",
      "भीतर की बात",
      "एक निवासी ने कहा: अच्छा है।",
      "पुल की तस्वीर",
    ]);
  });

  it("reads links whose address holds parentheses without leaving pieces of the address", () => {
    const article = file("links.md", "देखें [यह लेख](https://example.test/wiki/A_(b)_c) और आगे।");
    expect(article.paragraphs).toEqual(["देखें यह लेख और आगे।"]);
  });

  it("has no headline row when the file does not open with a level-one heading", () => {
    const article = file("notes.md", "पहला अनुच्छेद।\n\n# बाद का शीर्षक");
    expect(article.titleParagraph).toBeNull();
    expect(article.title).toBe("notes");
    expect(article.paragraphs).toEqual(["पहला अनुच्छेद।", "बाद का शीर्षक"]);
  });
});

describe("long paragraphs", () => {
  const sentence = (n: number) => `Sentence number ${n} tells a little more of the story here.`;
  const wall = Array.from({ length: 40 }, (_, n) => sentence(n + 1)).join(" ");

  it("splits a very long paragraph at sentence boundaries into readable rows", () => {
    expect(wall.length).toBeGreaterThan(ROW_SPLIT_THRESHOLD);
    const { rows, paragraphStarts } = toReadableRows(["Short opening.", wall]);
    expect(rows.length).toBeGreaterThan(3);
    expect(paragraphStarts[0]).toBe(true);
    expect(paragraphStarts[1]).toBe(true);
    expect(paragraphStarts.slice(2).every((start) => !start)).toBe(true);
    for (const row of rows.slice(1)) {
      expect(row).toMatch(/^Sentence number \d+ .*here\.$/);
      expect(row.length).toBeLessThan(ROW_SPLIT_THRESHOLD);
    }
    // Nothing is lost or reordered: the rows rejoin into the original paragraph.
    expect(rows.slice(1).join(" ")).toBe(wall);
  });

  it("splits the .txt file's single line and marks where its paragraph began", () => {
    const article = file("wall.txt", `${wall}\nA second, short paragraph.`);
    expect(article.paragraphs.length).toBeGreaterThan(3);
    expect(article.paragraphStarts.filter(Boolean)).toHaveLength(2);
    expect(article.paragraphStarts.at(-1)).toBe(true);
  });

  it("leaves a single sentence longer than the target whole", () => {
    const long = `${"word ".repeat(300).trim()}.`;
    expect(toReadableRows([long]).rows).toEqual([long]);
  });
});
