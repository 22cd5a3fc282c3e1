import { describe, expect, it, vi } from "vitest";
import * as factCheck from "@/lib/fact-check/fact-check";
import { translateChecked } from "@/lib/translation/checked-translation";
import { createFakeEngine } from "@/tests/support/fake-engine";

vi.mock("@/lib/fact-check/fact-check", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/fact-check/fact-check")>();
  return { ...actual, readSourceFacts: vi.fn(actual.readSourceFacts) };
});

const readSourceFacts = vi.mocked(factCheck.readSourceFacts);

/** An engine that answers only once `answer()` is called, so the test sees what ran meanwhile. */
function heldEngine(translate: (segment: string) => string) {
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    answer = resolve;
  });
  let asked: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => {
    asked = resolve;
  });
  const engine = createFakeEngine({
    maxConcurrentRequests: 1,
    respond: async ({ segments }) => {
      asked();
      await held;
      return { translations: segments.map(translate) };
    },
  });
  return { engine, answer, requested };
}

const paragraphs = [
  "बजट 500 करोड़ रुपये का है।",
  "ISRO ने 15 अगस्त को कहा।",
  "रिपोर्ट https://example.gov.in पर है।",
];
const faithful = new Map([
  [paragraphs[0], "The budget is Rs 500 crore."],
  [paragraphs[1], "ISRO said on 15 August."],
  [paragraphs[2], "The report is at https://example.gov.in."],
]);

describe("translateChecked", () => {
  it("reads every paragraph's source facts while the engine is still working, and only once", async () => {
    readSourceFacts.mockClear();
    const { engine, answer, requested } = heldEngine((segment) =>
      // The second paragraph loses its date, so the comparison has something to find.
      segment === paragraphs[1] ? "ISRO said." : (faithful.get(segment) ?? ""),
    );
    const running = translateChecked({ engine, paragraphs, source: "hi", target: "en" });
    await requested;
    await vi.waitFor(() => expect(readSourceFacts).toHaveBeenCalledTimes(paragraphs.length), {
      timeout: 10_000,
    });
    expect(engine.calls).toHaveLength(1);
    answer();
    const results = await running;
    expect(readSourceFacts).toHaveBeenCalledTimes(paragraphs.length);
    expect(results.map((result) => result.factIssues)).toEqual([
      [],
      [
        { kind: "number", source: "15", translation: null },
        { kind: "date", source: "अगस्त", translation: null },
      ],
      [],
    ]);
  });

  it("reads the paragraphs on the reader's screen first, from the text as written", async () => {
    readSourceFacts.mockClear();
    const { engine, answer, requested } = heldEngine((segment) => segment);
    const running = translateChecked({
      engine,
      paragraphs,
      source: "hi",
      target: "en",
      priority: { start: 2, end: 3 },
      glossary: [{ term: "रिपोर्ट", language: "hi", rendering: "Report" }],
    });
    await requested;
    await vi.waitFor(() => expect(readSourceFacts).toHaveBeenCalledTimes(paragraphs.length), {
      timeout: 10_000,
    });
    // The engine sees the term behind a placeholder; the facts are read from the original.
    expect(readSourceFacts.mock.calls.map(([text]) => text)).toEqual([
      paragraphs[2],
      paragraphs[0],
      paragraphs[1],
    ]);
    answer();
    await running;
    expect(readSourceFacts).toHaveBeenCalledTimes(paragraphs.length);
  });
});
