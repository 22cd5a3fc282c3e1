import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { freePort, startAppServer, startNext, type AppServer } from "./support/app-server";

describe("production server", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("serves the home page and the API with the offline engine, no key and no network", async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Dvibhashi");
    const engines = (await (await fetch(`${server.url}/api/engines`)).json()) as {
      engines: { id: string; available: boolean }[];
    };
    expect(engines.engines).toContainEqual(
      expect.objectContaining({ id: "gloss:default", available: true }),
    );
    const translated = await fetch(`${server.url}/api/translate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "बारिश हुई।" }),
    });
    // The production server's answer is the offline engine's own draft, in English words.
    const [draft] = (
      await createGlossEngine().doTranslate({ segments: ["बारिश हुई।"], source: "hi", target: "en" })
    ).translations;
    expect(draft).toMatch(/^[A-Z][a-z]+/);
    expect(await translated.json()).toMatchObject({
      paragraphs: [{ translation: draft, engine: "gloss:default" }],
    });
  });

  it("renders the 404 page for an unknown path", async () => {
    const response = await fetch(`${server.url}/no/such/page`);
    expect(response.status).toBe(404);
  });

  it("refuses to start with a bad configuration value and names the variable", async () => {
    const { child, output } = startNext({ MAX_INPUT_CHARACTERS: "lots" }, await freePort());
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(output()).toContain("MAX_INPUT_CHARACTERS");
  });
});
