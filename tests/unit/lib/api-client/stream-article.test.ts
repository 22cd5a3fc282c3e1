import { afterEach, describe, expect, it, vi } from "vitest";
import type { StreamChunk } from "@/lib/api-client/api-client";
import {
  DEFAULT_LIMITS,
  orderGroups,
  planRequests,
  startNow,
  streamArticle,
} from "@/lib/api-client/stream-article";

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

describe("streamArticle", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Answers each request with its paragraphs and the end line in one piece; `fail` ends one with an error. */
  function answerEachRequest(fail?: (request: number) => boolean) {
    const requests: string[][] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init: RequestInit) => {
        const { paragraphs } = JSON.parse(String(init.body)) as { paragraphs: string[] };
        requests.push(paragraphs);
        const failing = fail?.(requests.length) === true;
        const lines = paragraphs.map((text, index) =>
          JSON.stringify({
            index,
            source: text,
            translation: `EN ${text}`,
            engine: "fake:default",
            cached: false,
            sentences: [],
          }),
        );
        const end = failing
          ? { done: true, error: { code: "engine_failure", message: "Stopped." } }
          : { done: true, count: paragraphs.length, failed: 0 };
        return new Response(`${[...lines, JSON.stringify(end)].join("\n")}\n`, { status: 200 });
      }),
    );
    return requests;
  }

  const input = (count: number) => ({
    paragraphs: Array.from({ length: count }, (_, index) => `पैरा ${index}`),
    source: "hi" as const,
    target: "en" as const,
    engine: "fake:default",
  });
  const limits = { ...DEFAULT_LIMITS, requestParagraphs: 2 };

  async function collect(stream: AsyncGenerator<StreamChunk>) {
    const chunks: StreamChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    return chunks;
  }

  it("hands the article's last rows and its end over together, with the article's indices", async () => {
    const requests = answerEachRequest();
    const chunks = await collect(streamArticle(input(3), limits));
    expect(requests).toEqual([["पैरा 0", "पैरा 1"], ["पैरा 2"]]);
    expect(
      chunks.map((chunk) => ("batch" in chunk ? chunk.batch.map((row) => row.index) : chunk)),
    ).toEqual([[0, 1], [2]]);
    // Only the article's end is handed over: the first request's end is not the article's.
    expect(chunks[0]).not.toHaveProperty("end");
    expect(chunks[1]).toMatchObject({ end: { done: true, count: 3, failed: 0 } });
  });

  it("ends the article with the rows of a request that stopped, and sends no more", async () => {
    const requests = answerEachRequest((request) => request === 1);
    const chunks = await collect(streamArticle(input(3), limits));
    expect(requests).toHaveLength(1);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({
      batch: [{ index: 0 }, { index: 1 }],
      end: { done: true, count: 2, error: { code: "engine_failure" } },
    });
  });
});
