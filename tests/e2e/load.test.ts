import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HINDI_SAMPLE } from "@/lib/samples/sample-articles";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { startAppServer, type AppServer } from "./support/app-server";

const REQUESTS = 240;
const CONCURRENCY = 24;
const engine = createGlossEngine();
const basePara = HINDI_SAMPLE.text.split("\n");

/** Request i gets its own article (a number in every paragraph), so cold and warm paths mix. */
const articleFor = (index: number) =>
  basePara.map((paragraph, position) => `${paragraph} (${index % 40}-${position})`);

interface Paragraph {
  index: number;
  translation: string | null;
  engine: string;
}

describe("load without loss", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`answers ${REQUESTS} requests, ${CONCURRENCY} at a time, each complete and correct`, async () => {
    const expected = new Map<string, string>();
    const expectedTranslation = async (paragraph: string) => {
      let value = expected.get(paragraph);
      if (value === undefined) {
        value =
          (await engine.doTranslate({ segments: [paragraph], source: "hi", target: "en" }))
            .translations[0] ?? "";
        expected.set(paragraph, value);
      }
      return value;
    };
    const failures: string[] = [];
    let next = 0;
    const started = Date.now();

    const one = async (index: number) => {
      const paragraphs = articleFor(index);
      const kind = index % 3;
      const response = await fetch(`${server.url}/api/${kind === 2 ? "summarize" : "translate"}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: kind === 1 ? "application/x-ndjson" : "application/json",
        },
        body: JSON.stringify({ paragraphs, source: "hi", engine: "gloss" }),
      });
      if (response.status !== 200) return failures.push(`#${index}: HTTP ${response.status}`);
      if (kind === 2) {
        const body = (await response.json()) as {
          bullets: { source: string; paragraphs: number[] }[];
        };
        const ok =
          body.bullets.length >= 3 &&
          body.bullets.every((bullet) =>
            paragraphs[bullet.paragraphs[0] ?? -1]?.includes(bullet.source),
          );
        if (!ok) failures.push(`#${index}: bad summary`);
        return;
      }
      const lines =
        kind === 1
          ? (await response.text())
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line) as Paragraph & { done?: boolean })
          : null;
      const received = lines
        ? lines.filter((line) => !line.done)
        : ((await response.json()) as { paragraphs: Paragraph[] }).paragraphs;
      if (lines && !lines.at(-1)?.done) failures.push(`#${index}: stream without a done line`);
      if (received.length !== paragraphs.length)
        return failures.push(`#${index}: ${received.length} of ${paragraphs.length} paragraphs`);
      const indices = new Set(received.map((paragraph) => paragraph.index));
      if (indices.size !== paragraphs.length)
        failures.push(`#${index}: duplicate or missing indices`);
      for (const paragraph of received) {
        const want = await expectedTranslation(paragraphs[paragraph.index] ?? "");
        if (paragraph.translation !== want)
          failures.push(`#${index} ¶${paragraph.index}: wrong translation`);
      }
    };

    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS && Date.now() - started < 45_000) {
          const index = next;
          next += 1;
          await one(index);
        }
      }),
    );
    expect(next).toBe(REQUESTS);
    expect(failures).toEqual([]);
  });
});
