import { afterEach, describe, expect, it } from "vitest";
import { createLibreTranslateEngine } from "@/lib/translation/engines/libretranslate/libretranslate-engine";
import { priorityFirst, translateDocument } from "@/lib/translation/orchestrator";
import { startFixtureServer, type FixtureServer } from "@/tests/support/fixture-server";
import { libreTranslateFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";

// Twelve paragraphs of about 30 characters: with a 40-character request limit each is a request
// of its own, so the order the service receives them in is the order they were asked for.
const paragraphs = Array.from({ length: 12 }, (_, index) => `यह अनुच्छेद संख्या ${index + 1} है।`);

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function translate(priority?: { start: number; end: number }) {
  server = await startFixtureServer(libreTranslateFixture({ charLimit: 40 }), {
    latencyMs: 20,
    maxConcurrent: 2,
  });
  const engine = createLibreTranslateEngine({
    baseUrl: server.url,
    apiKey: TEST_KEY,
    env: {},
    maxCharactersPerRequest: 40,
  });
  const arrived: number[] = [];
  await translateDocument({
    engine,
    paragraphs,
    source: "hi",
    target: "en",
    priority,
    onParagraph: (result) => arrived.push(result.index),
  });
  const asked = server.requests
    .filter((request) => request.url === "/translate")
    .map((request) => (request.body as { q: string[] }).q.map((text) => paragraphs.indexOf(text)));
  return { asked, arrived, server };
}

/**
 * Two requests sent together may reach the service in either order, so the order received is
 * the order asked for up to swaps of neighbours: every paragraph, each at most one place away.
 */
function expectOrderWithinConcurrency(received: number[], expected: number[]) {
  expect([...received].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  for (const [position, index] of received.entries()) {
    expect(Math.abs(expected.indexOf(index) - position)).toBeLessThanOrEqual(1);
  }
}

describe("viewport first", () => {
  it("asks the service for the paragraphs on screen before the rest, the rest in order", async () => {
    const { asked, arrived, server } = await translate({ start: 8, end: 10 });
    expect(asked.every((batch) => batch.length === 1)).toBe(true);
    expectOrderWithinConcurrency(asked.flat(), [8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 10, 11]);
    expect(asked.flat().slice(0, 2).sort()).toEqual([8, 9]);
    // Two at once: the screen's two paragraphs are the first to arrive, whichever finishes first.
    expect(arrived.slice(0, 2).sort()).toEqual([8, 9]);
    expect(server.maxInFlight()).toBeLessThanOrEqual(2);
    expect(server.requests.some((request) => request.status === 429)).toBe(false);
  });

  it("keeps document order when nothing is on screen", async () => {
    const { asked } = await translate();
    expectOrderWithinConcurrency(
      asked.flat(),
      paragraphs.map((_, index) => index),
    );
  });

  it("moves only indices inside the range, keeping each part's order", () => {
    expect(priorityFirst([0, 1, 2, 3, 4, 5], { start: 3, end: 5 })).toEqual([3, 4, 0, 1, 2, 5]);
    expect(priorityFirst([0, 2, 4], { start: 9, end: 12 })).toEqual([0, 2, 4]);
    expect(priorityFirst([1, 2], undefined)).toEqual([1, 2]);
  });
});
