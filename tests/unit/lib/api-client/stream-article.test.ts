import { describe, expect, it } from "vitest";
import { orderGroups, planRequests, startNow } from "@/lib/api-client/stream-article";

describe("orderGroups", () => {
  const groups = planRequests(
    Array.from({ length: 10 }, () => "x".repeat(10)),
    { requestCharacters: 30, requestParagraphs: 100 },
  );

  it("sends the request holding the screen's first paragraph first, with its share of the range", () => {
    expect(groups).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 9 },
      { start: 9, end: 10 },
    ]);
    expect(orderGroups(groups, { start: 5, end: 8 })).toEqual([
      { start: 3, end: 6, first: { start: 2, end: 3 } },
      { start: 0, end: 3 },
      { start: 6, end: 9, first: { start: 0, end: 2 } },
      { start: 9, end: 10 },
    ]);
  });

  it("keeps document order without a range or when the screen is at the top", () => {
    expect(orderGroups(groups, undefined)).toEqual(groups);
    expect(orderGroups(groups, { start: 0, end: 2 })[0]).toEqual({
      start: 0,
      end: 3,
      first: { start: 0, end: 2 },
    });
  });
});

describe("startNow", () => {
  it("runs the stream's first step at once, then hands over every chunk in order", async () => {
    const sent: string[] = [];
    async function* requests() {
      // Stands for the request going out: it must happen before the caller awaits anything.
      sent.push("request");
      yield await Promise.resolve(1);
      yield 2;
      yield 3;
    }
    const stream = startNow(requests());
    expect(sent).toEqual(["request"]);
    const chunks: number[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks).toEqual([1, 2, 3]);
  });

  it("passes on a failure of the first step or a later one", async () => {
    async function* refused(): AsyncGenerator<number> {
      yield* [];
      throw new Error("refused");
    }
    await expect(startNow(refused()).next()).rejects.toThrow("refused");
    async function* broken() {
      yield 1;
      throw new Error("lost");
    }
    const stream = startNow(broken());
    expect(await stream.next()).toEqual({ value: 1, done: false });
    await expect(stream.next()).rejects.toThrow("lost");
  });

  it("ends at once when the stream has nothing", async () => {
    async function* empty(): AsyncGenerator<number> {
      yield* [];
    }
    expect(await startNow(empty()).next()).toEqual({ value: undefined, done: true });
  });
});
