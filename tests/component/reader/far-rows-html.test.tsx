import { describe, expect, it } from "vitest";
import {
  farRowsHtml,
  patchFarRows,
  sameFarRows,
  type FarRowsInput,
} from "@/components/reader/far-rows-html";
import type { ApiParagraph } from "@/lib/api/wire-types";

const HOSTILE = `<img src=x onerror="window.hacked=1"> & "quoted" 'single'`;
const sourceTexts = ["पहला अनुच्छेद।", `दूसरा ${HOSTILE}`, "तीसरा अनुच्छेद।", "चौथा अनुच्छेद।"];

function arrived(index: number, translation: string | null = `Paragraph ${index + 1}.`) {
  return {
    index,
    source: sourceTexts[index] ?? "",
    translation,
    engine: "gloss:default",
    cached: false,
    sentences: [],
  } satisfies ApiParagraph;
}

const frame: Omit<FarRowsInput, "paragraphs"> = {
  start: 0,
  end: sourceTexts.length,
  sourceTexts,
  source: "hi",
  target: "en",
  interrupted: false,
  refused: false,
  labels: {
    paragraph: (number) => `Paragraph ${number}`,
    pending: "Translating this paragraph…",
    notTranslated: "Not translated yet.",
    showInSource: "Show in Hindi",
    showInTarget: "Show in English",
  },
  classes: { row: "reader-row", notice: "notice", flipButton: "flip-button" },
};

const withRows = (paragraphs: readonly (ApiParagraph | undefined)[]): FarRowsInput => ({
  ...frame,
  paragraphs,
});

/** A chunk element holding `input` as written afresh. */
function chunkOf(input: FarRowsInput): HTMLDivElement {
  const element = document.createElement("div");
  element.innerHTML = farRowsHtml(input);
  return element;
}

describe("patchFarRows", () => {
  it("writes arriving translations so the chunk reads as if written afresh", () => {
    // Row 2 was already translated and stays the same object.
    const kept = arrived(2);
    const before = withRows([undefined, undefined, kept, undefined]);
    const after = withRows([arrived(0), arrived(1, `Second ${HOSTILE}`), kept, undefined]);
    const element = chunkOf(before);
    const keptOriginal = element.querySelector("#p-0 [data-cell='original'] p");

    expect(patchFarRows(element, before, after)).toBe(true);
    expect(element.innerHTML).toBe(chunkOf(after).innerHTML);
    // Only the translation cells were written; the rest are the same elements.
    expect(element.querySelector("#p-0 [data-cell='original'] p")).toBe(keptOriginal);
    // Hostile text is text.
    expect(element.querySelector("img")).toBeNull();
    expect(element.querySelector("#p-1 [data-cell='translation']")?.textContent).toBe(
      `Second ${HOSTILE}`,
    );
  });

  it("refuses, touching nothing, any change but a translation arriving", () => {
    const before = withRows([undefined, arrived(1), undefined, undefined]);
    const cases: [string, FarRowsInput][] = [
      ["a failed row", withRows([arrived(0, null), arrived(1), undefined, undefined])],
      [
        "a new translation of a row",
        withRows([undefined, arrived(1, "Again."), undefined, undefined]),
      ],
      [
        "a source the server wrote differently",
        withRows([{ ...arrived(0), source: "पहला  अनुच्छेद" }, arrived(1), undefined, undefined]),
      ],
      ["a broken stream", { ...withRows(before.paragraphs ?? []), interrupted: true }],
      ["other labels", { ...withRows(before.paragraphs ?? []), labels: { ...frame.labels } }],
    ];
    for (const [name, after] of cases) {
      const element = chunkOf(before);
      const html = element.innerHTML;
      expect(patchFarRows(element, before, after), name).toBe(false);
      expect(element.innerHTML, name).toBe(html);
    }
  });

  it("refuses an element that does not hold the chunk's rows", () => {
    const before = withRows([undefined, undefined, undefined, undefined]);
    const after = withRows([arrived(0), undefined, undefined, undefined]);
    const element = chunkOf({ ...before, start: 1, end: 4 });
    expect(patchFarRows(element, before, after)).toBe(false);
  });
});

describe("sameFarRows", () => {
  it("is true only when the chunk's own rows and everything else are the same", () => {
    const paragraphs = [arrived(0), undefined, undefined, undefined];
    const input = withRows(paragraphs);
    // Another array with the same objects in this chunk's range is the same chunk.
    expect(sameFarRows(input, withRows([...paragraphs]))).toBe(true);
    expect(sameFarRows(input, withRows([arrived(0), undefined, undefined, undefined]))).toBe(false);
    expect(sameFarRows(input, { ...input, target: "hi" })).toBe(false);
  });
});
