import { describe, expect, it } from "vitest";
import { createSummarizeHandler } from "@/app/api/summarize/handler";
import { createEnginesHandler } from "@/app/api/engines/handler";
import { createHealthHandler } from "@/app/api/health/handler";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import { createFakeEngine } from "@/tests/support/fake-engine";

interface SummaryBody {
  method: string;
  source: string;
  target: string;
  bullets: { source: string; translation: string | null; paragraphs: number[]; engine: string }[];
}

describe("POST /api/summarize", () => {
  const runtime = testRuntime({ engines: { fake: () => createFakeEngine() } });
  const post = createSummarizeHandler(() => runtime);
  const paragraphs = HINDI_SAMPLE.text.split("\n");

  it("returns extractive bullets tied to their paragraphs, each translated by the engine", async () => {
    const response = await post(
      jsonRequest("/api/summarize", { paragraphs, source: "hi", engine: "fake" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as SummaryBody;
    expect(body.method).toBe("extractive");
    expect(body.bullets.length).toBeGreaterThanOrEqual(3);
    for (const bullet of body.bullets) {
      expect(paragraphs[bullet.paragraphs[0] ?? -1]).toContain(bullet.source);
      // The fake engine wraps its input, so this proves the bullet's translation is of exactly that sentence.
      expect(bullet.translation).toBe(`EN(${bullet.source})`);
    }
  });

  it("respects maxBullets", async () => {
    const body = (await (
      await post(jsonRequest("/api/summarize", { paragraphs, maxBullets: 3 }))
    ).json()) as SummaryBody;
    expect(body.bullets).toHaveLength(3);
  });

  it("reuses a supplied translation when the bullet is the whole paragraph", async () => {
    const body = (await (
      await post(
        jsonRequest("/api/summarize", {
          paragraphs: ["बारिश हुई।"],
          translations: ["It rained."],
          engine: "fake",
        }),
      )
    ).json()) as SummaryBody;
    expect(body.bullets).toEqual([
      expect.objectContaining({
        source: "बारिश हुई।",
        translation: "It rained.",
        engine: "provided",
      }),
    ]);
  });

  it.each([
    [{ paragraphs: [] }, 400],
    [{ paragraphs: ["a"], maxBullets: 0 }, 400],
    [{ paragraphs: ["  ", "।"] }, 422],
  ])("rejects %j with %i", async (body, status) => {
    expect((await post(jsonRequest("/api/summarize", body))).status).toBe(status);
  });
});

describe("GET /api/engines and /api/health", () => {
  it("lists engines with availability and limits", async () => {
    const runtime = testRuntime({
      engines: { down: () => createFakeEngine({ engineId: "down", available: false }) },
    });
    const body = (await (await createEnginesHandler(() => runtime)()).json()) as {
      default: string;
      engines: {
        id: string;
        available: boolean;
        reason?: string;
        limits: { maxCharactersPerRequest: number };
      }[];
    };
    expect(body.default).toBe("auto");
    const byId = new Map(body.engines.map((engine) => [engine.id, engine]));
    expect(byId.get("gloss:default")).toMatchObject({ available: true, quality: "draft" });
    expect(byId.get("gloss:default")?.limits.maxCharactersPerRequest).toBeGreaterThan(0);
    expect(byId.get("down:default")).toMatchObject({ available: false, reason: "Set FAKE_KEY." });
    // Engines whose variables are missing say which variable they need.
    expect(byId.get("deepl:default")).toMatchObject({
      available: false,
      reason: "Set DEEPL_API_KEY.",
    });
    expect(byId.get("openai:default")).toMatchObject({
      available: false,
      reason: "Set OPENAI_BASE_URL and OPENAI_MODEL.",
    });
    expect(byId.get("local:default")?.reason).toMatch(/LOCAL_MODEL/);
    expect(byId.get("auto:default")).toMatchObject({ available: true });
  });

  it("reports health, with the database it writes to or that it is unavailable", async () => {
    const health = createHealthHandler(() => testRuntime());
    expect(await (await health()).json()).toMatchObject({ status: "ok", database: "sqlite" });
    const down = testRuntime({ env: { DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" } });
    const answer = await createHealthHandler(() => down)();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: "ok", database: "unavailable" });
  });
});
