import { describe, expect, it } from "vitest";
import { createLookupHandler } from "@/app/api/lookup/handler";
import { lookupResponseSchema } from "@/app/api/lookup/schema";
import { LookupCache } from "@/lib/server/lookup-cache";
import type { WordLookup } from "@/lib/translation/engines/gloss/word-lookup";
import { testRuntime } from "@/tests/support/api";

const get = (handler: (request: Request) => Promise<Response>, query: string) =>
  handler(new Request(`http://localhost/api/lookup?${query}`));

describe("GET /api/lookup (real lexicon)", () => {
  const runtime = testRuntime();
  const lookup = createLookupHandler(() => runtime);

  it("gives an inflected Hindi word's lemma, part of speech, meanings and romanisation", async () => {
    const response = await get(lookup, `word=${encodeURIComponent("किताबें")}&language=hi`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age=");
    const body = lookupResponseSchema.parse(await response.json());
    expect(body).toMatchObject({
      word: "किताबें",
      lemma: "किताब",
      partOfSpeech: "noun",
      form: "plural",
      romanization: "kitaben",
    });
    expect(body.meanings[0]?.text).toBe("book");
  });

  it("gives an English word's Hindi meanings with their romanisation", async () => {
    const body = lookupResponseSchema.parse(
      await (await get(lookup, "word=schemes&language=en")).json(),
    );
    expect(body.lemma).toBe("scheme");
    expect(body.partOfSpeech).toBe("noun");
    const texts = body.meanings.map((meaning) => meaning.text);
    expect(texts).toContain("योजना बनाना");
    expect(body.meanings.find((meaning) => meaning.text === "योजना बनाना")?.romanization).toBe(
      "yojna banana",
    );
  });

  it("answers an unknown word with no meanings rather than an error", async () => {
    const body = lookupResponseSchema.parse(
      await (await get(lookup, `word=${encodeURIComponent("पाटिल")}&language=hi`)).json(),
    );
    expect(body.meanings).toEqual([]);
    expect(body.romanization).toBe("patil");
  });

  it("does not find Object.prototype's members", async () => {
    const body = lookupResponseSchema.parse(
      await (await get(lookup, "word=constructor&language=en")).json(),
    );
    expect(body.meanings.every((meaning) => !meaning.text.includes("native code"))).toBe(true);
  });

  it.each([
    ["", "no word"],
    ["word=a%20b&language=en", "two words"],
    ["word=abc&language=fr", "an unknown language"],
    [`word=${"x".repeat(65)}&language=en`, "a long word"],
  ])("refuses %s (%s) with invalid_request", async (query) => {
    const response = await get(lookup, query);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_request" } });
  });

  it("is rate limited by the shared limiter", async () => {
    const limited = testRuntime({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
    const handler = createLookupHandler(() => limited);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      statuses.push((await get(handler, "word=city&language=en")).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("answers a repeated word from its cache without reading the lexicon again", async () => {
    let reads = 0;
    const cache = new LookupCache(10);
    const handler = createLookupHandler(() => runtime, {
      cache,
      lexicon: () => {
        reads += 1;
        return {
          hindiToEnglish: new Map([["शहर", "city"]]),
          englishToHindi: {},
          hindiLemmas: new Map(),
        } as never;
      },
    });
    const first = await (
      await get(handler, `word=${encodeURIComponent("शहर")}&language=hi`)
    ).json();
    const second = await (
      await get(handler, `word=${encodeURIComponent("शहर")}&language=hi`)
    ).json();
    expect(first).toEqual(second);
    expect((first as { meanings: { text: string }[] }).meanings[0]?.text).toBe("city");
    expect(reads).toBe(1);
    expect(cache.size).toBe(1);
  });

  it("answers 503 when the lexicon cannot be read", async () => {
    const handler = createLookupHandler(() => runtime, {
      lexicon: () => {
        throw new Error("missing");
      },
    });
    const response = await get(handler, "word=city&language=en");
    expect(response.status).toBe(503);
  });
});

describe("LookupCache", () => {
  it("drops the least recently used entry when full", () => {
    const cache = new LookupCache(2);
    const entry = (word: string): WordLookup => ({
      word,
      language: "en",
      lemma: null,
      partOfSpeech: null,
      form: null,
      meanings: [],
      romanization: null,
    });
    cache.set("a", entry("a"));
    cache.set("b", entry("b"));
    cache.get("a");
    cache.set("c", entry("c"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.word).toBe("a");
    expect(cache.get("c")?.word).toBe("c");
  });
});
