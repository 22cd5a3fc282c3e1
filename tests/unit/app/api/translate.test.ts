import { describe, expect, it } from "vitest";
import { createTranslateHandler } from "@/app/api/translate/handler";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { TranslationError } from "@/lib/translation/errors";
import { jsonRequest, readNdjson, testRuntime } from "@/tests/support/api";
import { createFakeEngine } from "@/tests/support/fake-engine";

const failing = (code: "engine_failure" | "engine_unavailable") => () =>
  createFakeEngine({
    engineId: "broken",
    respond: () => {
      throw new TranslationError(code, { message: "upstream said no" });
    },
  });

interface TranslateBody {
  engine: { id: string };
  source: string;
  target: string;
  paragraphs: {
    index: number;
    source: string;
    translation: string | null;
    engine: string;
    sentences: unknown[];
    error?: { code: string };
  }[];
}

/** The NDJSON answer for `paragraphs` through the batched test engine, as its chunks arrived. */
async function streamedChunks(
  post: (request: Request) => Promise<Response>,
  paragraphs: string[],
): Promise<string[]> {
  const response = await post(
    jsonRequest(
      "/api/translate",
      { paragraphs, source: "hi", target: "en", engine: "batched" },
      { accept: "application/x-ndjson" },
    ),
  );
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    chunks.push(decoder.decode(chunk.value, { stream: true }));
  }
  return chunks;
}

describe("POST /api/translate", () => {
  const runtime = testRuntime({
    engines: {
      broken: failing("engine_failure"),
      down: () => createFakeEngine({ engineId: "down", available: false }),
      batched: () => createFakeEngine({ engineId: "batched" }),
    },
  });
  const post = createTranslateHandler(() => runtime);

  it("translates text with the gloss engine, detecting the direction", async () => {
    const response = await post(jsonRequest("/api/translate", { text: HINDI_SAMPLE.text }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TranslateBody;
    expect(body.source).toBe("hi");
    expect(body.target).toBe("en");
    expect(body.engine.id).toBe("gloss:default");
    expect(body.paragraphs).toHaveLength(HINDI_SAMPLE.text.split("\n").length);
    for (const paragraph of body.paragraphs) {
      expect(paragraph.translation).toMatch(/[A-Za-z]/);
      expect(paragraph.sentences.length).toBeGreaterThan(0);
    }
  });

  it("keeps each element of paragraphs as one paragraph, empty ones included", async () => {
    const response = await post(
      jsonRequest("/api/translate", { paragraphs: ["The rain.", "", "Farmers\nare happy."] }),
    );
    const body = (await response.json()) as TranslateBody;
    expect(body.target).toBe("hi");
    expect(body.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2]);
    expect(body.paragraphs[1]?.translation).toBe("");
    expect(body.paragraphs[2]?.source).toBe("Farmers are happy.");
  });

  it("streams NDJSON: one line per paragraph, then a done line", async () => {
    const response = await post(
      jsonRequest(
        "/api/translate",
        { paragraphs: ["बारिश हुई।", "लोग खुश हैं।", "स्कूल बंद।"] },
        { accept: "application/x-ndjson" },
      ),
    );
    expect(response.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const lines = await readNdjson(response);
    expect(lines).toHaveLength(4);
    expect(
      lines
        .slice(0, 3)
        .map((line) => line.index)
        .sort(),
    ).toEqual([0, 1, 2]);
    expect(lines[3]).toMatchObject({ done: true, count: 3, failed: 0 });
  });

  it("streams an engine answer's paragraphs together, not a chunk per line", async () => {
    const paragraphs = Array.from({ length: 30 }, (_, index) => `अनुच्छेद ${index + 1} यहां है।`);
    const chunks = await streamedChunks(post, paragraphs);
    const lines = chunks.join("").trim().split("\n");
    expect(lines).toHaveLength(31);
    expect(
      lines
        .slice(0, 30)
        .map((line) => (JSON.parse(line) as { index: number }).index)
        .sort((a, b) => a - b),
    ).toEqual(paragraphs.map((_, index) => index));
    expect(JSON.parse(lines[30] ?? "{}")).toMatchObject({ done: true, count: 30, failed: 0 });
    // One engine answer: its 30 paragraphs in one chunk (the done line may follow in another).
    expect(chunks[0]?.trim().split("\n").length).toBeGreaterThanOrEqual(30);
    expect(chunks.length).toBeLessThanOrEqual(2);
  });

  it("writes once per task: the last batch's paragraphs and the done line in one chunk", async () => {
    // Text no other test translates, so the runtime's cache has none of it.
    const paragraphs = Array.from({ length: 10 }, (_, index) => `खंड ${index + 1} यहां पढ़ें।`);
    const chunks = await streamedChunks(post, paragraphs);
    const lineCounts = chunks.map((chunk) => chunk.trim().split("\n").length);
    // One engine answer: its ten paragraphs with the done line.
    expect(lineCounts).toEqual([11]);
    expect(JSON.parse(chunks[0]?.trim().split("\n").at(-1) ?? "{}")).toMatchObject({
      done: true,
      count: 10,
    });
  });

  it("marks paragraphs glossed by the fallback when the requested engine fails", async () => {
    const response = await post(
      jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।"], engine: "broken" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as TranslateBody;
    expect(body.engine.id).toBe("broken:default");
    expect(body.paragraphs[0]?.engine).toBe("gloss:default");
  });

  it.each([
    ["malformed JSON", "{not json", {}, 400, "invalid_json"],
    ["a wrong field type", { text: 42 }, {}, 400, "invalid_request"],
    ["both text and paragraphs", { text: "a", paragraphs: ["b"] }, {}, 400, "invalid_request"],
    [
      "the same source and target",
      { text: "hello", source: "en", target: "en" },
      {},
      400,
      "invalid_request",
    ],
    ["an unknown engine", { text: "hello", engine: "nope" }, {}, 400, "engine_not_found"],
    ["empty text", { text: "" }, {}, 422, "nothing_to_translate"],
    ["whitespace and punctuation only", { text: " \n।। ... \n" }, {}, 422, "nothing_to_translate"],
    ["binary garbage", { text: "\u0000\u0001\u0002\u200B\uFEFF" }, {}, 422, "nothing_to_translate"],
    [
      "a script that is neither Hindi nor English",
      { text: "یہ اردو ہے" },
      {},
      422,
      "language_not_detected",
    ],
  ])("answers %s with a clear error", async (_, body, headers, status, code) => {
    const response = await post(jsonRequest("/api/translate", body, headers));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it("lists the existing engines when the engine is unknown", async () => {
    const response = await post(jsonRequest("/api/translate", { text: "hello", engine: "nope" }));
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("gloss");
  });

  it("answers 415 when the body is not JSON", async () => {
    const request = new Request("http://localhost/api/translate", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "नमस्ते",
    });
    const response = await post(request);
    expect(response.status).toBe(415);
  });

  it("answers 413 for 5 MB of text without reading it all", async () => {
    const response = await post(
      jsonRequest("/api/translate", { text: "क".repeat(5 * 1024 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()) as unknown).toMatchObject({
      error: { code: "payload_too_large" },
    });
  });

  it("answers 413 past the configured character limit", async () => {
    const small = createTranslateHandler(() =>
      testRuntime({ env: { MAX_INPUT_CHARACTERS: "1000" } }),
    );
    const response = await small(jsonRequest("/api/translate", { text: "a ".repeat(600) }));
    expect(response.status).toBe(413);
  });

  it("answers 429 with Retry-After when a client sends too many requests", async () => {
    const limited = createTranslateHandler(() => limitedRuntime);
    const limitedRuntime = testRuntime({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      statuses.push((await limited(jsonRequest("/api/translate", { text: "hello" }))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const last = await limited(jsonRequest("/api/translate", { text: "hello" }));
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers 502 when the engine fails and fallback is off", async () => {
    const response = await post(
      jsonRequest("/api/translate", {
        paragraphs: ["बारिश हुई।"],
        engine: "broken",
        fallback: false,
      }),
    );
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toContain("engine_failure");
    expect(text).not.toMatch(/at .*\.ts|stack|process\.env/);
  });

  it("marks every paragraph as a fallback when the gloss stands in for an unavailable engine", async () => {
    const response = await post(
      jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।", "धूप निकली।"], engine: "down" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      engine: unknown;
      paragraphs: { engine: string; fallback: boolean }[];
    };
    expect(JSON.stringify(body.engine)).toMatch(/"down/);
    expect(body.paragraphs).toHaveLength(2);
    for (const paragraph of body.paragraphs) {
      expect(paragraph.engine).toMatch(/^gloss/);
      expect(paragraph.fallback).toBe(true);
    }
    // Asked again, the paragraphs come from the cache and still say what stood in.
    const again = (await (
      await post(jsonRequest("/api/translate", { paragraphs: ["बारिश हुई।"], engine: "down" }))
    ).json()) as { paragraphs: { cached: boolean; fallback: boolean }[] };
    expect(again.paragraphs[0]).toMatchObject({ cached: true, fallback: true });
  });

  it("answers 503 when the engine is unavailable and there is no fallback", async () => {
    const response = await post(
      jsonRequest("/api/translate", { text: "hello", engine: "down", fallback: false }),
    );
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("engine_unavailable");
    expect(body.error.message).toContain("Set FAKE_KEY.");
  });

  it("renders HTML as text and keeps it intact", async () => {
    const html = '<script>alert("x")</script> <img src=x onerror=alert(1)> बारिश';
    const response = await post(jsonRequest("/api/translate", { text: html, source: "hi" }));
    const body = (await response.json()) as TranslateBody;
    expect(body.paragraphs[0]?.source).toBe(html);
    expect(body.paragraphs[0]?.translation).toContain('<script>alert("x")</script>');
  });

  it("handles mixed scripts, emoji and invalid surrogates without losing a paragraph", async () => {
    const paragraphs = ["मौसम 😀 अच्छा है।", "Urdu: یہ اردو ہے and हिंदी", "broken \uD800 surrogate"];
    const response = await post(jsonRequest("/api/translate", { paragraphs, source: "hi" }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TranslateBody;
    expect(body.paragraphs).toHaveLength(3);
    expect(body.paragraphs[0]?.translation).toContain("😀");
    expect(body.paragraphs[2]?.source).toBe("broken \uFFFD surrogate");
  });

  it("translates a single 20,000-character paragraph and 2,000 one-word paragraphs", async () => {
    const long = "बारिश हुई और लोग खुश हुए। ".repeat(800).slice(0, 20_000);
    const one = (await (
      await post(jsonRequest("/api/translate", { paragraphs: [long] }))
    ).json()) as TranslateBody;
    expect(one.paragraphs).toHaveLength(1);
    expect(one.paragraphs[0]?.translation?.length).toBeGreaterThan(1000);

    const many = Array.from({ length: 2000 }, (_, index) => (index % 2 === 0 ? "बारिश" : "सरकार"));
    const body = (await (
      await post(jsonRequest("/api/translate", { paragraphs: many }))
    ).json()) as TranslateBody;
    expect(body.paragraphs).toHaveLength(2000);
    expect(
      body.paragraphs.every(
        (paragraph, index) => paragraph.index === index && paragraph.translation,
      ),
    ).toBe(true);
  });
});
