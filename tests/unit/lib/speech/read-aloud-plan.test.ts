import { describe, expect, it } from "vitest";
import { pickVoice, speechItems } from "@/lib/speech/read-aloud-plan";

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe("pickVoice", () => {
  it("reads Hindi with a hi-IN voice", () => {
    expect(pickVoice([voice("en-US"), voice("hi-IN", "Lekha")], "hi")?.name).toBe("Lekha");
  });

  it("prefers en-IN, then en-GB, then en-US for English", () => {
    const voices = [voice("en-US"), voice("en-GB"), voice("en-IN")];
    expect(pickVoice(voices, "en")?.lang).toBe("en-IN");
    expect(pickVoice(voices.slice(0, 2), "en")?.lang).toBe("en-GB");
    expect(pickVoice(voices.slice(0, 1), "en")?.lang).toBe("en-US");
  });

  it("takes another region of the language, written with an underscore too, before giving up", () => {
    expect(pickVoice([voice("en_AU")], "en")?.lang).toBe("en_AU");
    expect(pickVoice([voice("en-US"), voice("fr-FR")], "hi")).toBeNull();
  });

  it("prefers a local voice among equals", () => {
    const picked = pickVoice([voice("hi-IN", "remote", false), voice("hi-IN", "local")], "hi");
    expect(picked?.name).toBe("local");
  });
});

describe("speechItems", () => {
  const paragraphs = [
    {
      text: "पहला वाक्य। दूसरा वाक्य।",
      sentences: [
        [0, 11],
        [12, 24],
      ] as const,
    },
    { text: null, sentences: [] },
    { text: "  बिना संरेखण  ", sentences: [] },
  ];

  it("gives one utterance per sentence, in order, skipping paragraphs without text", () => {
    expect(speechItems(paragraphs, 0, 2)).toEqual([
      { paragraph: 0, sentence: 0, text: "पहला वाक्य।" },
      { paragraph: 0, sentence: 1, text: "दूसरा वाक्य।" },
      { paragraph: 2, sentence: null, text: "बिना संरेखण" },
    ]);
  });

  it("reads one paragraph, or from a paragraph to the end", () => {
    expect(speechItems(paragraphs, 0, 0)).toHaveLength(2);
    expect(speechItems(paragraphs, 1, 99).map((item) => item.paragraph)).toEqual([2]);
  });

  it("ignores offsets outside the text", () => {
    expect(speechItems([{ text: "abc", sentences: [[0, 99]] }], 0, 0)).toEqual([
      { paragraph: 0, sentence: null, text: "abc" },
    ]);
  });
});
