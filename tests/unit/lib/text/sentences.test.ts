import { describe, expect, it } from "vitest";
import { segmentSentences } from "@/lib/text/sentences";

const texts = (paragraph: string, language: "hi" | "en") =>
  segmentSentences(paragraph, language).map((sentence) => sentence.text);

describe("segmentSentences — Hindi", () => {
  it("splits at danda, double danda, ? and !", () => {
    expect(texts("बारिश हुई। लोग खुश हैं॥ क्या स्कूल बंद होंगे? हां!", "hi")).toEqual([
      "बारिश हुई।",
      "लोग खुश हैं॥",
      "क्या स्कूल बंद होंगे?",
      "हां!",
    ]);
  });

  it("splits at the Arabic question mark, an ellipsis and a pipe typed for a danda", () => {
    // Every character that may end a sentence, not only the common ones, reaches the checks.
    expect(texts("क्या यह सच है؟ हां… वह आया| फिर गया", "hi")).toEqual([
      "क्या यह सच है؟",
      "हां…",
      "वह आया|",
      "फिर गया",
    ]);
    expect(texts("Wait… Then | no؟ Yes", "en")).toEqual(["Wait…", "Then | no؟", "Yes"]);
  });

  it("keeps a dateline and an agency credit with the first sentence", () => {
    expect(texts("बेंगलुरु : 12 मार्च (एएनआई)। सरकार ने योजना मंजूर की। बसें जनवरी से चलेंगी।", "hi")).toEqual([
      "बेंगलुरु : 12 मार्च (एएनआई)।",
      "सरकार ने योजना मंजूर की।",
      "बसें जनवरी से चलेंगी।",
    ]);
  });

  it("keeps curly quotes spanning several sentences with the sentences they open and close", () => {
    const paragraph = "मंत्री ने कहा, “हवा साफ करना जरूरी है। डीजल बसें हटेंगी।” बैठक खत्म हुई।";
    expect(texts(paragraph, "hi")).toEqual([
      "मंत्री ने कहा, “हवा साफ करना जरूरी है।",
      "डीजल बसें हटेंगी।”",
      "बैठक खत्म हुई।",
    ]);
  });

  it("does not split at initials, titles, decimals or rupee abbreviations", () => {
    expect(
      texts(
        "परिवहन मंत्री एम. बी. पाटिल और डॉ. राव ने 2.5 प्रतिशत और रु. 500 की बात कही। फिर बैठक हुई।",
        "hi",
      ),
    ).toEqual([
      "परिवहन मंत्री एम. बी. पाटिल और डॉ. राव ने 2.5 प्रतिशत और रु. 500 की बात कही।",
      "फिर बैठक हुई।",
    ]);
  });

  it("ends a sentence at a full stop after Latin text", () => {
    expect(texts("कंपनी का नाम Tata Motors. इसके बाद घोषणा हुई।", "hi")).toEqual([
      "कंपनी का नाम Tata Motors.",
      "इसके बाद घोषणा हुई।",
    ]);
  });

  it("splits a danda even without a following space", () => {
    expect(texts("पहला वाक्य।दूसरा वाक्य।", "hi")).toEqual(["पहला वाक्य।", "दूसरा वाक्य।"]);
  });
});

describe("segmentSentences — English", () => {
  it("keeps abbreviations, initials and decimals inside the sentence", () => {
    expect(
      texts(
        "Dr. A. K. Mishra met Mr. Rao in the U.S. last week. Prices rose 3.5 percent. It rained.",
        "en",
      ),
    ).toEqual([
      "Dr. A. K. Mishra met Mr. Rao in the U.S. last week.",
      "Prices rose 3.5 percent.",
      "It rained.",
    ]);
  });

  it("does not split before a lower-case word after a quote", () => {
    expect(texts("“Why now?” he asked. Nobody answered.", "en")).toEqual([
      "“Why now?” he asked.",
      "Nobody answered.",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    expect(texts('He said "It works." (That was true.) Then he left.', "en")).toEqual([
      'He said "It works."',
      "(That was true.)",
      "Then he left.",
    ]);
  });

  it("returns offsets that slice back to each sentence", () => {
    const paragraph = "  One.  Two?   Three!  ";
    const spans = segmentSentences(paragraph, "en");
    expect(spans.map((span) => span.text)).toEqual(["One.", "Two?", "Three!"]);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
  });

  it("treats text without a terminator as one sentence", () => {
    expect(texts("A headline without a full stop", "en")).toEqual([
      "A headline without a full stop",
    ]);
  });
});
