import { describe, expect, it } from "vitest";
import { documentFingerprint, documentKey } from "@/lib/query/translation-queries";

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
