import { describe, expect, it } from "vitest";
import { createEnginesHandler } from "@/app/api/engines/handler";
import { createTranslateHandler } from "@/app/api/translate/handler";
import { jsonRequest, testRuntime } from "@/tests/support/api";

describe("engine ids chosen in the browser", () => {
  it("are never executed by the server and still count against the rate limit", async () => {
    const runtime = testRuntime({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
    const translate = createTranslateHandler(() => runtime);
    const body = (engine: string) => ({ paragraphs: ["बारिश हुई।"], source: "hi", engine });
    for (const engine of ["chrome:default", "on-device:bergamot-tiny"]) {
      const response = await translate(jsonRequest("/api/translate", body(engine)));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        "engine_not_found",
      );
    }
    // The refused requests used up the budget: a browser id is no way around the limit.
    expect((await translate(jsonRequest("/api/translate", body("gloss")))).status).toBe(429);
  });

  it("GET /api/engines reports what auto picks per direction, and a pinned browser engine as the default", async () => {
    const runtime = testRuntime({ env: { DEFAULT_ENGINE: "chrome" } });
    const response = await createEnginesHandler(() => runtime)();
    const listed = (await response.json()) as {
      default: string;
      automatic: { source: string; target: string; id: string; quality: string }[];
    };
    expect(listed.default).toBe("chrome");
    expect(listed.automatic).toEqual([
      expect.objectContaining({
        source: "hi",
        target: "en",
        id: "gloss:default",
        quality: "draft",
      }),
      expect.objectContaining({
        source: "en",
        target: "hi",
        id: "gloss:default",
        quality: "draft",
      }),
    ]);
    // The server itself falls back to auto for requests that name no engine.
    expect(runtime.registry.defaultId).toBe("auto");
  });
});
