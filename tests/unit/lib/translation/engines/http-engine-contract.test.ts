import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { createAzureEngine } from "@/lib/translation/engines/azure/azure-engine";
import { createDeepLEngine } from "@/lib/translation/engines/deepl/deepl-engine";
import { createGoogleEngine } from "@/lib/translation/engines/google/google-engine";
import { createLibreTranslateEngine } from "@/lib/translation/engines/libretranslate/libretranslate-engine";
import { createOpenAIEngine } from "@/lib/translation/engines/openai/openai-engine";
import { createSarvamEngine } from "@/lib/translation/engines/sarvam/sarvam-engine";
import { TranslationError } from "@/lib/translation/errors";
import { translateDocument } from "@/lib/translation/orchestrator";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
  type VendorHandler,
} from "@/tests/support/fixture-server";
import {
  azureFixture,
  deeplFixture,
  googleFixture,
  libreTranslateFixture,
  openAIFixture,
  sarvamFixture,
  TEST_KEY,
} from "@/tests/support/vendor-fixtures";

interface ContractSpec {
  name: string;
  fixture: () => VendorHandler;
  create: (baseUrl: string, key?: string) => TranslationEngineV1;
  /** How the target language appears in the fixture's output marker. */
  targetMarker: string;
}

const SPECS: ContractSpec[] = [
  {
    name: "libretranslate",
    fixture: () => libreTranslateFixture({ charLimit: 5_000 }),
    create: (baseUrl, key = TEST_KEY) =>
      createLibreTranslateEngine({ baseUrl, apiKey: key, env: {} }),
    targetMarker: "en",
  },
  {
    name: "google",
    fixture: () => googleFixture,
    create: (baseUrl, key = TEST_KEY) => createGoogleEngine({ baseUrl, apiKey: key, env: {} }),
    targetMarker: "en",
  },
  {
    name: "azure",
    fixture: () => azureFixture,
    create: (baseUrl, key = TEST_KEY) =>
      createAzureEngine({ baseUrl, apiKey: key, region: "centralindia", env: {} }),
    targetMarker: "en",
  },
  {
    name: "deepl",
    fixture: () => deeplFixture,
    create: (baseUrl, key = TEST_KEY) => createDeepLEngine({ baseUrl, apiKey: key, env: {} }),
    targetMarker: "EN-GB",
  },
  {
    name: "sarvam",
    fixture: () => sarvamFixture({ charLimit: 2_000 }),
    create: (baseUrl, key = TEST_KEY) => createSarvamEngine({ baseUrl, apiKey: key, env: {} }),
    targetMarker: "en-IN",
  },
  {
    name: "openai",
    fixture: () => openAIFixture(),
    create: (baseUrl, key = TEST_KEY) =>
      createOpenAIEngine({ baseUrl, apiKey: key, model: "fixture-model", env: {} }),
    targetMarker: "en",
  },
];

const paragraphs = ["पहला अनुच्छेद।", "दूसरा अनुच्छेद।", "तीसरा अनुच्छेद।"];
const fast = {
  source: "hi" as const,
  target: "en" as const,
  retryBaseDelayMs: 1,
  maxRetryDelayMs: 20,
  random: () => 0.5,
};

describe.each(SPECS)("$name engine against its wire format on 127.0.0.1", (spec) => {
  let server: FixtureServer;
  let engine: TranslationEngineV1;
  beforeEach(async () => {
    server = await startFixtureServer(spec.fixture());
    engine = spec.create(server.url);
  });
  afterEach(async () => {
    await server.close();
  });

  it("translates paragraphs, one output per input, in order", async () => {
    const results = await translateDocument({ ...fast, engine, paragraphs });
    expect(results.map((result) => result.translation)).toEqual(
      paragraphs.map((text) => fakeTranslate(text, spec.targetMarker)),
    );
    expect(results.every((result) => result.engine.startsWith(`${spec.name}:`))).toBe(true);
  });

  it("batches to its declared limits, which the server enforces", async () => {
    const count = Math.min(engine.limits.maxSegmentsPerRequest * 2 + 1, 41);
    const many = Array.from({ length: count }, (_, index) => `अनुच्छेद ${index}।`);
    const results = await translateDocument({ ...fast, engine, paragraphs: many });
    expect(results.every((result) => result.error === undefined)).toBe(true);
    const posts = server.requests.filter((request) => request.method === "POST");
    expect(posts.length).toBe(Math.ceil(count / engine.limits.maxSegmentsPerRequest));
    expect(results.map((result) => result.translation)).toEqual(
      many.map((text) => fakeTranslate(text, spec.targetMarker)),
    );
  });

  it("answers 400 with a non-retryable engine failure", async () => {
    server.queue.push({ kind: "status", status: 400 });
    const [result] = await translateDocument({
      ...fast,
      engine,
      paragraphs: paragraphs.slice(0, 1),
    });
    expect(result?.error?.code).toBe("engine_failure");
    expect(server.requests).toHaveLength(1);
  });

  it.each([401, 403])("fails fast on %i and names the variable to set", async (status) => {
    server.queue.push({ kind: "status", status });
    const error = await engine
      .doTranslate({ segments: ["नमस्ते"], source: "hi", target: "en" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TranslationError);
    expect((error as TranslationError).code).toBe("authentication_failed");
    expect((error as TranslationError).isRetryable).toBe(false);
    expect((error as TranslationError).message).toMatch(/[A-Z_]+_(KEY|API_KEY)/);
  });

  it("backs off on 429 honouring Retry-After, then succeeds", async () => {
    server.queue.push({ kind: "status", status: 429, headers: { "Retry-After": "2" } });
    const error = (await engine
      .doTranslate({ segments: ["नमस्ते"], source: "hi", target: "en" })
      .catch((caught: unknown) => caught)) as TranslationError;
    expect(error.code).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(2000);
    server.queue.push({ kind: "status", status: 429, headers: { "Retry-After": "1" } });
    const [result] = await translateDocument({
      ...fast,
      engine,
      paragraphs: paragraphs.slice(0, 1),
    });
    expect(result?.translation).toBe(fakeTranslate(paragraphs[0] ?? "", spec.targetMarker));
  });

  it("retries a 500 and succeeds", async () => {
    server.queue.push({ kind: "status", status: 500 }, { kind: "status", status: 503 });
    const [result] = await translateDocument({
      ...fast,
      engine,
      paragraphs: paragraphs.slice(0, 1),
    });
    expect(result?.error).toBeUndefined();
    expect(server.requests.filter((request) => request.method === "POST")).toHaveLength(3);
  });

  it("times out a server that never answers", async () => {
    server.queue.push({ kind: "hang" });
    const [result] = await translateDocument({
      ...fast,
      engine,
      paragraphs: paragraphs.slice(0, 1),
      timeoutMs: 150,
      maxRetries: 0,
    });
    expect(result?.error?.code).toBe("timeout");
  });

  it("reports malformed JSON as an invalid response", async () => {
    server.queue.push({ kind: "malformed" });
    const error = (await engine
      .doTranslate({ segments: ["नमस्ते"], source: "hi", target: "en" })
      .catch((caught: unknown) => caught)) as TranslationError;
    expect(error.code).toBe("invalid_response");
    expect(error.isRetryable).toBe(true);
  });

  it("recovers from a wrong number of outputs by retrying paragraph by paragraph", async () => {
    server.queue.push({ kind: "wrong-count" });
    const results = await translateDocument({ ...fast, engine, paragraphs });
    expect(results.map((result) => result.translation)).toEqual(
      paragraphs.map((text) => fakeTranslate(text, spec.targetMarker)),
    );
  });

  it("reports itself unavailable, naming the variable, when its key is missing", async () => {
    const unconfigured =
      spec.name === "libretranslate"
        ? createLibreTranslateEngine({ env: {} })
        : spec.create(server.url, "");
    if (spec.name === "libretranslate") {
      expect(await unconfigured.checkAvailability()).toEqual({
        available: false,
        reason: "Set LIBRETRANSLATE_URL.",
      });
    } else if (spec.name !== "openai") {
      const availability = await unconfigured.checkAvailability();
      expect(availability.available).toBe(false);
      expect(availability.reason).toMatch(/^Set [A-Z_]+/);
    }
  });
});

describe("vendor specifics", () => {
  let server: FixtureServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("LibreTranslate sends q as an array with format text and api_key, and checks /languages", async () => {
    server = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }));
    const engine = createLibreTranslateEngine({ baseUrl: server.url, apiKey: TEST_KEY, env: {} });
    expect(await engine.checkAvailability()).toEqual({ available: true });
    await engine.doTranslate({ segments: ["a", "b"], source: "en", target: "hi" });
    expect(server.requests.at(-1)?.body).toEqual({
      q: ["a", "b"],
      source: "en",
      target: "hi",
      format: "text",
      api_key: TEST_KEY,
    });
  });

  it("LibreTranslate probes /languages once per window, and again when its settings change", async () => {
    server = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }));
    const env: Record<string, string | undefined> = {
      LIBRETRANSLATE_URL: server.url,
      LIBRETRANSLATE_API_KEY: TEST_KEY,
    };
    const engine = createLibreTranslateEngine({ env });
    const probes = () =>
      server?.requests.filter((request) => request.url.startsWith("/languages")).length;
    expect(await engine.checkAvailability()).toEqual({ available: true });
    expect(await engine.checkAvailability()).toEqual({ available: true });
    expect(probes()).toBe(1);
    env.LIBRETRANSLATE_URL = "http://127.0.0.1:9";
    expect(await engine.checkAvailability()).toEqual({
      available: false,
      reason: "LIBRETRANSLATE_URL does not answer.",
    });
  });

  it("LibreTranslate is not probed again while its translations succeed, and is once they stop", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      server = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }));
      const engine = createLibreTranslateEngine({ baseUrl: server.url, apiKey: TEST_KEY, env: {} });
      const probes = () =>
        server?.requests.filter((request) => request.url.startsWith("/languages")).length;
      expect(await engine.checkAvailability()).toEqual({ available: true });
      vi.advanceTimersByTime(25_000);
      await engine.doTranslate({ segments: ["a"], source: "en", target: "hi" });
      // 50 s after the probe, 25 s after the last answer: still known to be up.
      vi.advanceTimersByTime(25_000);
      expect(await engine.checkAvailability()).toEqual({ available: true });
      expect(probes()).toBe(1);
      // Nothing answered for longer than the window: the next check asks the server again.
      vi.advanceTimersByTime(31_000);
      expect(await engine.checkAvailability()).toEqual({ available: true });
      expect(probes()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("Google keeps angle brackets because it asks for format text", async () => {
    server = await startFixtureServer(googleFixture);
    const engine = createGoogleEngine({ baseUrl: server.url, apiKey: TEST_KEY, env: {} });
    const { translations } = await engine.doTranslate({
      segments: ["<b>x</b>"],
      source: "hi",
      target: "en",
    });
    expect(translations).toEqual(["[en] <b>x</b>"]);
    // The key travels in the X-Goog-Api-Key header, never in the URL that logs keep.
    expect(server.requests[0]?.headers["x-goog-api-key"]).toBe(TEST_KEY);
    expect(server.requests[0]?.url).not.toContain(TEST_KEY);
  });

  it("Azure sends the subscription key and region headers and the api-version", async () => {
    server = await startFixtureServer(azureFixture);
    const engine = createAzureEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      region: "centralindia",
      env: {},
    });
    await engine.doTranslate({ segments: ["x"], source: "hi", target: "en" });
    expect(server.requests[0]?.url).toBe("/translate?api-version=3.0&from=hi&to=en&textType=plain");
    expect(server.requests[0]?.body).toEqual([{ Text: "x" }]);
  });

  it("DeepL reads its key from the environment at call time and sends plain text only", async () => {
    server = await startFixtureServer(deeplFixture);
    const env: Record<string, string | undefined> = { DEEPL_URL: server.url };
    const engine = createDeepLEngine({ env });
    expect((await engine.checkAvailability()).available).toBe(false);
    env.DEEPL_API_KEY = TEST_KEY;
    expect((await engine.checkAvailability()).available).toBe(true);
    await engine.doTranslate({ segments: ["x"], source: "hi", target: "en" });
    expect(server.requests[0]?.body).toEqual({
      text: ["x"],
      source_lang: "HI",
      target_lang: "EN-GB",
    });
  });

  it("Sarvam splits a long paragraph at sentences under its limit and joins the pieces", async () => {
    server = await startFixtureServer(sarvamFixture({ charLimit: 1_000 }));
    const engine = createSarvamEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "mayura:v1",
      env: {},
    });
    const sentence = "यह एक लंबा वाक्य है जो समाचार में आता है। ";
    const long = sentence.repeat(60).trim();
    const [result] = await translateDocument({ ...fast, engine, paragraphs: [long] });
    expect(result?.error).toBeUndefined();
    expect(server.requests.length).toBeGreaterThan(1);
    for (const request of server.requests)
      expect(String((request.body as { input: string }).input).length).toBeLessThanOrEqual(1_000);
    const inputs = server.requests.map((request) => (request.body as { input: string }).input);
    expect(inputs.join(" ")).toBe(long);
    expect(result?.translation).toBe(
      inputs.map((input) => fakeTranslate(input, "en-IN")).join(" "),
    );
  });

  it("OpenAI-compatible: falls back from json_schema when the server rejects it, and remembers", async () => {
    server = await startFixtureServer(openAIFixture({ rejectSchema: true }));
    const engine = createOpenAIEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "fixture-model",
      env: {},
    });
    const first = await engine.doTranslate({ segments: ["a", "b"], source: "hi", target: "en" });
    expect(first.translations).toEqual(["[en] a", "[en] b"]);
    const formats = server.requests.map(
      (request) => (request.body as { response_format?: { type: string } }).response_format?.type,
    );
    expect(formats).toEqual(["json_schema", "json_object"]);
    await engine.doTranslate({ segments: ["c"], source: "hi", target: "en" });
    expect(
      (server.requests.at(-1)?.body as { response_format?: { type: string }; temperature: number })
        .response_format?.type,
    ).toBe("json_object");
    expect(
      (server.requests.at(-1)?.body as { temperature: number }).temperature,
    ).toBeLessThanOrEqual(0.2);
  });

  it("OpenAI-compatible: a 400 that is not about response_format leaves JSON mode on", async () => {
    server = await startFixtureServer(openAIFixture());
    const engine = createOpenAIEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "fixture-model",
      env: {},
    });
    // A too-long prompt and a missing model: the fixture's generic refusals, twice over.
    server.queue.push({ kind: "status", status: 400 }, { kind: "status", status: 404 });
    await expect(
      engine.doTranslate({ segments: ["a"], source: "hi", target: "en" }),
    ).rejects.toMatchObject({ code: "engine_failure" });
    await expect(
      engine.doTranslate({ segments: ["a"], source: "hi", target: "en" }),
    ).rejects.toMatchObject({ code: "engine_failure" });
    const next = await engine.doTranslate({ segments: ["b"], source: "hi", target: "en" });
    expect(next.translations).toEqual(["[en] b"]);
    const formats = server.requests.map(
      (request) => (request.body as { response_format?: { type: string } }).response_format?.type,
    );
    expect(formats).toEqual(["json_schema", "json_schema", "json_schema"]);
  });

  it("OpenAI-compatible: maps replies by id, so a reordered answer still lands on the right paragraph", async () => {
    server = await startFixtureServer(openAIFixture({ reorder: true }));
    const engine = createOpenAIEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "fixture-model",
      env: {},
    });
    const { translations } = await engine.doTranslate({
      segments: ["a", "b", "c"],
      source: "en",
      target: "hi",
    });
    expect(translations).toEqual(["[hi] a", "[hi] b", "[hi] c"]);
  });

  it("OpenAI-compatible: the TranslateGemma preset sends one paragraph in its own prompt", async () => {
    server = await startFixtureServer(openAIFixture());
    const engine = createOpenAIEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "translategemma:4b",
      env: {},
    });
    expect(engine.limits.maxSegmentsPerRequest).toBe(1);
    const [result] = await translateDocument({ ...fast, engine, paragraphs: ["नमस्ते दुनिया।"] });
    expect(result?.translation).toBe("[en] नमस्ते दुनिया।");
    const body = server.requests[0]?.body as {
      messages: { role: string; content: string }[];
      response_format?: unknown;
    };
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0]?.content).toMatch(
      /^You are a professional Hindi \(hi\) to English \(en\) translator\./,
    );
    expect(body.messages[0]?.content).toMatch(/into English:\n\n\nनमस्ते दुनिया।$/);
    expect(body.response_format).toBeUndefined();
  });

  it("OpenAI-compatible: checks the server and the key through /models", async () => {
    server = await startFixtureServer(openAIFixture());
    const engine = createOpenAIEngine({
      baseUrl: server.url,
      apiKey: TEST_KEY,
      model: "fixture-model",
      env: {},
    });
    expect(await engine.checkAvailability()).toEqual({ available: true });
    const nowhere = createOpenAIEngine({ baseUrl: "http://127.0.0.1:9", model: "m", env: {} });
    expect(await nowhere.checkAvailability()).toEqual({
      available: false,
      reason: "OPENAI_BASE_URL does not answer.",
    });
  });
});
