import { describe, expect, it } from "vitest";
import { joinRows, ROW_MAX_LENGTH, toReadableRows } from "@/lib/text/readable-rows";

describe("readable rows", () => {
  it("cuts a paragraph with no sentence ends into rows no longer than the maximum, at spaces", () => {
    // 25,000 characters of Hindi words and no full stop: more than a correction or a summary
    // bullet may hold, so it must not stay one row.
    const words = Array.from({ length: 5_000 }, (_, n) => `शब्द${n % 10}`);
    const wall = words.join(" ");
    expect(wall.length).toBeGreaterThan(25_000);
    const { rows, paragraphStarts } = toReadableRows([wall, "अगला अनुच्छेद।"]);
    expect(rows.length).toBeGreaterThan(wall.length / ROW_MAX_LENGTH);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(ROW_MAX_LENGTH);
    // Cut between words, never inside one.
    for (const row of rows.slice(0, -1)) expect(row).toMatch(/^शब्द\d( शब्द\d)*$/);
    expect(paragraphStarts.filter(Boolean)).toHaveLength(2);
    expect(paragraphStarts.at(-1)).toBe(true);
    expect(joinRows(rows, paragraphStarts).paragraphs).toEqual([wall, "अगला अनुच्छेद।"]);
  });

  it("cuts a run with no spaces before a vowel sign, never between a letter and its mark", () => {
    const run = "कि".repeat(ROW_MAX_LENGTH);
    const { rows } = toReadableRows([run]);
    expect(rows.join("")).toBe(run);
    for (const row of rows) {
      expect(row.length).toBeLessThanOrEqual(ROW_MAX_LENGTH);
      expect(row).toMatch(/^(कि)+$/);
    }
  });

  it("joins rows back into paragraphs and says where each row starts in its paragraph", () => {
    const joined = joinRows(["One.", "Two.", "Three.", "Four."], [true, false, true, false]);
    expect(joined.paragraphs).toEqual(["One. Two.", "Three. Four."]);
    expect(joined.rowParagraph).toEqual([0, 0, 1, 1]);
    expect(joined.rowOffset).toEqual([0, 5, 0, 7]);
    // Without boundaries every row is its own paragraph.
    expect(joinRows(["A", "B"], null).paragraphs).toEqual(["A", "B"]);
  });
});
