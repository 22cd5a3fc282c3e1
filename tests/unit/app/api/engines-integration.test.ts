import { afterEach, describe, expect, it } from "vitest";
import { createSummarizeHandler } from "@/app/api/summarize/handler";
import { createTranslateHandler } from "@/app/api/translate/handler";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
} from "@/tests/support/fixture-server";
import { libreTranslateFixture, openAIFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";

interface Paragraphs {
  engine: { id: string };
  paragraphs: { translation: string | null; engine: string; cached: boolean }[];
}

let servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});
const serve = async (...args: Parameters<typeof startFixtureServer>) => {
  const server = await startFixtureServer(...args);
  servers.push(server);
  return server;
};

describe("engines behind the API", () => {
  it("auto picks the first configured, available engine and names it on every paragraph", async () => {
    const libre = await serve(libreTranslateFixture({ charLimit: 5_000 }));
    const runtime = testRuntime({
      env: { LIBRETRANSLATE_URL: libre.url, LIBRETRANSLATE_API_KEY: TEST_KEY },
    });
    const post = createTranslateHandler(() => runtime);
    const body = (await (
      await post(jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।"] }))
    ).json()) as Paragraphs;
    expect(body.engine.id).toBe("libretranslate:default");
    expect(body.paragraphs[0]).toMatchObject({
      translation: fakeTranslate("बारिश हुई।", "en"),
      engine: "libretranslate:default",
    });
  });

  it("auto ends with the offline gloss when nothing is configured", async () => {
    const post = createTranslateHandler(() => testRuntime());
    const body = (await (
      await post(jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।"] }))
    ).json()) as Paragraphs;
    expect(body.engine.id).toBe("gloss:default");
  });

  it("switching engines re-translates, and repeating one is served from the cache", async () => {
    const libre = await serve(libreTranslateFixture({ charLimit: 5_000 }));
    const runtime = testRuntime({
      env: { LIBRETRANSLATE_URL: libre.url, LIBRETRANSLATE_API_KEY: TEST_KEY },
    });
    const post = createTranslateHandler(() => runtime);
    const request = (engine: string) =>
      post(jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।", "लोग खुश हैं।"], engine }));
    const gloss = (await (await request("gloss")).json()) as Paragraphs;
    const libreFirst = (await (await request("libretranslate")).json()) as Paragraphs;
    const libreAgain = (await (await request("libretranslate")).json()) as Paragraphs;
    expect(gloss.paragraphs[0]?.engine).toBe("gloss:default");
    expect(libreFirst.paragraphs[0]?.engine).toBe("libretranslate:default");
    expect(libreAgain.paragraphs.every((paragraph) => paragraph.cached)).toBe(true);
    expect(libre.requests.filter((recorded) => recorded.url === "/translate")).toHaveLength(1);
  });

  it("an engine that refuses its key fails fast, and its paragraphs are glossed and say so", async () => {
    const libre = await serve(libreTranslateFixture({ charLimit: 5_000 }));
    const runtime = testRuntime({
      env: { LIBRETRANSLATE_URL: libre.url, LIBRETRANSLATE_API_KEY: "wrong" },
    });
    const post = createTranslateHandler(() => runtime);
    const body = (await (
      await post(
        jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।"], engine: "libretranslate" }),
      )
    ).json()) as Paragraphs;
    expect(body.paragraphs[0]?.engine).toBe("gloss:default");
    expect(libre.requests.filter((recorded) => recorded.url === "/translate")).toHaveLength(1);
    const strict = await post(
      jsonRequest("/api/translate", {
        paragraphs: ["बारिश हुई।"],
        engine: "libretranslate",
        fallback: false,
      }),
    );
    expect(strict.status).toBe(503);
    expect(await strict.text()).not.toContain("wrong");
  });
});

describe("LLM summary", () => {
  const paragraphs = HINDI_SAMPLE.text.split("\n");

  it("uses the configured LLM, in the target language, with checked citations", async () => {
    const chat = await serve(openAIFixture());
    const runtime = testRuntime({
      env: { OPENAI_BASE_URL: chat.url, OPENAI_API_KEY: TEST_KEY, OPENAI_MODEL: "fixture-model" },
    });
    const post = createSummarizeHandler(() => runtime);
    const body = (await (
      await post(jsonRequest("/api/summarize", { paragraphs, source: "hi" }))
    ).json()) as {
      method: string;
      bullets: { translation: string; source: string; paragraphs: number[] }[];
    };
    expect(body.method).toBe("llm");
    expect(body.bullets).toEqual([
      expect.objectContaining({
        translation: "Summary of paragraph 0",
        source: "सार 0",
        paragraphs: [0],
      }),
      expect.objectContaining({ translation: "Summary of paragraph 1", paragraphs: [1] }),
      expect.objectContaining({ translation: "Summary of paragraph 2", paragraphs: [2] }),
    ]);
  });

  it("rejects an answer that cites a paragraph that does not exist and falls back to extractive", async () => {
    const chat = await serve(openAIFixture({ citeMissingParagraph: true }));
    const runtime = testRuntime({
      env: { OPENAI_BASE_URL: chat.url, OPENAI_API_KEY: TEST_KEY, OPENAI_MODEL: "fixture-model" },
    });
    const post = createSummarizeHandler(() => runtime);
    const body = (await (
      await post(jsonRequest("/api/summarize", { paragraphs, source: "hi", engine: "gloss" }))
    ).json()) as {
      method: string;
      bullets: { paragraphs: number[] }[];
    };
    expect(body.method).toBe("extractive");
    expect(body.bullets.every((bullet) => (bullet.paragraphs[0] ?? -1) < paragraphs.length)).toBe(
      true,
    );
    expect(chat.requests.some((request) => request.url === "/chat/completions")).toBe(true);
  });

  it("stays extractive when asked to, without calling the LLM", async () => {
    const chat = await serve(openAIFixture());
    const runtime = testRuntime({
      env: { OPENAI_BASE_URL: chat.url, OPENAI_API_KEY: TEST_KEY, OPENAI_MODEL: "fixture-model" },
    });
    const post = createSummarizeHandler(() => runtime);
    const body = (await (
      await post(
        jsonRequest("/api/summarize", {
          paragraphs,
          source: "hi",
          method: "extractive",
          engine: "gloss",
        }),
      )
    ).json()) as { method: string };
    expect(body.method).toBe("extractive");
    expect(chat.requests.filter((request) => request.url === "/chat/completions")).toHaveLength(0);
  });
});
