import { describe, expect, it } from "vitest";
import {
  documentFingerprint,
  documentKey,
  reduceTranslation,
} from "@/lib/query/translation-queries";

describe("documentKey", () => {
  it("is one key per text, whichever array holds it", () => {
    const text = ["पहला अनुच्छेद।", "दूसरा अनुच्छेद।"];
    expect(documentKey([...text])).toBe(documentKey([...text]));
    expect(documentKey(text)).toBe(documentKey(text));
    // Paragraph boundaries count: the same words cut differently are another document.
    expect(documentKey(["पहला अनुच्छेद। दूसरा अनुच्छेद।"])).not.toBe(documentKey(text));
    expect(documentKey(["पहला अनुच्छेद।"])).not.toBe(documentKey(text));
  });

  it("stays short for a long article", () => {
    const long = Array.from({ length: 500 }, (_, index) => `अनुच्छेद ${index} `.repeat(40));
    expect(documentKey(long).length).toBeLessThan(40);
  });

  it("forgets the oldest texts beyond its bound, and gives a forgotten text a new key", () => {
    const first = documentKey([`forgotten ${Math.random()}`]);
    const kept = `kept ${Math.random()}`;
    const keptKey = documentKey([kept]);
    for (let index = 0; index < 250; index += 1) documentKey([`filler ${index} ${Math.random()}`]);
    // Each array is new, so the key comes from the text alone.
    expect(documentKey([kept])).not.toBe(keptKey);
    expect(first).not.toBe(keptKey);
  });
});

describe("documentFingerprint", () => {
  it("is the same for the same text on every page, and differs for another text", () => {
    const text = ["पहला अनुच्छेद।", "दूसरा अनुच्छेद।"];
    expect(documentFingerprint([...text])).toBe(documentFingerprint([...text]));
    expect(documentFingerprint(["पहला अनुच्छेद।"])).not.toBe(documentFingerprint(text));
    // Made from the text, not counted: keying other documents first does not change it.
    const before = documentFingerprint([...text]);
    documentKey([`another ${Math.random()}`]);
    expect(documentFingerprint([...text])).toBe(before);
  });
});

describe("reduceTranslation", () => {
  const row = (index: number) => ({
    index,
    source: `S${index}`,
    translation: `T${index}`,
    engine: "fake:default",
    cached: false,
    sentences: [],
  });
  const empty = { paragraphs: [undefined, undefined], done: false };

  it("applies a batch's rows and, when it carries the end, ends the translation in the same state", () => {
    const middle = reduceTranslation(empty, { batch: [row(0)] });
    expect(middle.done).toBe(false);
    expect(middle.paragraphs[0]?.translation).toBe("T0");
    const last = reduceTranslation(middle, { batch: [row(1)], end: { done: true, count: 2 } });
    expect(last.done).toBe(true);
    expect(last.paragraphs.map((paragraph) => paragraph?.translation)).toEqual(["T0", "T1"]);
    expect(last.interruption).toBeUndefined();
  });

  it("keeps the interruption an ending batch carries, and ignores rows outside the article", () => {
    const error = { code: "network", message: "The connection was lost." };
    const state = reduceTranslation(empty, { batch: [row(0), row(5)], end: { done: true, error } });
    expect(state).toMatchObject({ done: true, interruption: error });
    expect(state.paragraphs).toHaveLength(2);
  });
});
