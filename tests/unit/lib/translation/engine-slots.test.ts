import { describe, expect, it } from "vitest";
import { createSlots, translateDocument } from "@/lib/translation/orchestrator";
import { createFakeEngine } from "@/tests/support/fake-engine";

const base = { source: "hi" as const, target: "en" as const, retryBaseDelayMs: 1 };
const article = Array.from({ length: 60 }, (_, index) => `अनुच्छेद संख्या ${index + 1} यहां है।`);

describe("engine slots", () => {
  it("sends 60 paragraphs in two requests of 30 at once: one round", async () => {
    let answered = 0;
    const answeredAtCall: number[] = [];
    const engine = createFakeEngine({
      maxSegmentsPerRequest: 30,
      maxConcurrentRequests: 2,
      respond: async ({ segments }) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        answered += 1;
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const doTranslate = engine.doTranslate.bind(engine);
    engine.doTranslate = (call) => {
      answeredAtCall.push(answered);
      return doTranslate(call);
    };
    const results = await translateDocument({ ...base, engine, paragraphs: article });
    expect(engine.calls.map((call) => call.length)).toEqual([30, 30]);
    // Both requests were under way before either was answered.
    expect(answeredAtCall).toEqual([0, 0]);
    expect(engine.maxInFlight()).toBe(2);
    expect(results.map((result) => result.translation)).toEqual(
      article.map((paragraph) => `EN(${paragraph})`),
    );
  });

  it("sends the next request when an engine answers, before that answer's paragraphs are handed on", async () => {
    const arrived: number[] = [];
    const arrivedAtCall: number[] = [];
    const engine = createFakeEngine({
      maxSegmentsPerRequest: 20,
      maxConcurrentRequests: 2,
      respond: async ({ segments }) => {
        // The first request answers first, the second well after the third has started.
        const second = segments[0] === article[20];
        await new Promise((resolve) => setTimeout(resolve, second ? 60 : 10));
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const doTranslate = engine.doTranslate.bind(engine);
    engine.doTranslate = (call) => {
      arrivedAtCall.push(arrived.length);
      return doTranslate(call);
    };
    await translateDocument({
      ...base,
      engine,
      paragraphs: article,
      onParagraph: (result) => arrived.push(result.index),
    });
    expect(engine.calls).toHaveLength(3);
    expect(engine.maxInFlight()).toBe(2);
    // The third request left with none of the first answer's 20 paragraphs handed on yet.
    expect(arrivedAtCall).toEqual([0, 0, 0]);
    expect([...arrived].sort((a, b) => a - b)).toEqual(article.map((_, index) => index));
  });

  it("keeps paragraph-by-paragraph retries within the engine's slots", async () => {
    const engine = createFakeEngine({
      maxSegmentsPerRequest: 20,
      maxConcurrentRequests: 2,
      respond: async ({ segments }) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        // The first batch comes back merged: its 20 paragraphs are then asked for one by one.
        if (segments.length > 1 && segments[0] === article[0])
          return { translations: [segments.join(" ")] };
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const results = await translateDocument({ ...base, engine, paragraphs: article });
    expect(engine.calls.map((call) => call.length).sort((a, b) => b - a)).toEqual([
      20,
      20,
      20,
      ...new Array<number>(20).fill(1),
    ]);
    expect(engine.maxInFlight()).toBe(2);
    expect(results.map((result) => result.translation)).toEqual(
      article.map((paragraph) => `EN(${paragraph})`),
    );
  });

  it("runs at most `count` operations at once, starts waiting ones in order, and frees a slot on failure", async () => {
    const slots = createSlots(2);
    const order: string[] = [];
    let inFlight = 0;
    let most = 0;
    const operation =
      (name: string, fails = false) =>
      async () => {
        order.push(name);
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        if (fails) throw new Error(`${name} failed`);
        return name;
      };
    const outcomes = await Promise.allSettled([
      slots.run(operation("a", true)),
      slots.run(operation("b")),
      slots.run(operation("c")),
      slots.run(operation("d")),
    ]);
    expect(order).toEqual(["a", "b", "c", "d"]);
    expect(most).toBe(2);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
  });

  it("starts an operation in the same turn as run() when a slot is free", () => {
    const slots = createSlots(1);
    let started = false;
    void slots.run(async () => {
      started = true;
    });
    // No await in between: a free slot is taken without a promise or timer hop.
    expect(started).toBe(true);
  });

  it("hands a freed slot to the waiter with the lowest rank, equal ranks first come first served", async () => {
    const slots = createSlots(1);
    const started: string[] = [];
    let finishFirst: () => void = () => undefined;
    const first = slots.run(
      () =>
        new Promise<void>((resolve) => {
          started.push("first");
          finishFirst = resolve;
        }),
      0,
    );
    const quick = (name: string) => async () => {
      started.push(name);
    };
    const rest = [
      slots.run(quick("late batch"), 40),
      slots.run(quick("earliest retry"), 2),
      slots.run(quick("second retry"), 2),
      slots.run(quick("unranked")),
    ];
    expect(started).toEqual(["first"]);
    finishFirst();
    await Promise.all([first, ...rest]);
    expect(started).toEqual(["first", "earliest retry", "second retry", "late batch", "unranked"]);
  });

  it("sends the retries of the document's first paragraphs before batches from further down", async () => {
    const engine = createFakeEngine({
      maxSegmentsPerRequest: 20,
      maxConcurrentRequests: 1,
      respond: async ({ segments }) => {
        // The first batch comes back merged: its paragraphs are then asked for one by one.
        if (segments.length > 1 && segments[0] === article[0])
          return { translations: [segments.join(" ")] };
        // The second batch answers well after the merged one has been seen, so its freed slot
        // has the retries and the last batch to choose from (with both engine timers at 1 ms,
        // a loaded machine once answered it first).
        if (segments[0] === article[20]) await new Promise((resolve) => setTimeout(resolve, 30));
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const results = await translateDocument({ ...base, engine, paragraphs: article });
    // The freed slot goes straight to the next waiting batch (21–40), before the merged answer
    // is seen; the retries of paragraphs 1–20 then go ahead of the batch of 41–60, queued first.
    expect(engine.calls.map((call) => call[0])).toEqual([
      article[0],
      article[20],
      ...article.slice(0, 20),
      article[40],
    ]);
    expect(results.map((result) => result.translation)).toEqual(
      article.map((paragraph) => `EN(${paragraph})`),
    );
  });
});
