import autocannon from "autocannon";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { median } from "./stats";
import { measureLoad, type LoadCase } from "./support/load-case";

export interface LoadFigures {
  name: string;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
  incomplete: number;
}

const PARAGRAPHS = HINDI_SAMPLE.text.split("\n");
export const ARTICLE_PARAGRAPHS = PARAGRAPHS.length;

async function run(
  options: LoadCase & { url: string; name: string; duration: number },
): Promise<LoadFigures> {
  const measured = await measureLoad({ ...options, connections: 32 });
  return {
    name: options.name,
    p50: measured.p50,
    p99: measured.p99,
    requestsPerSecond: measured.requestsPerSecond,
    errors: measured.unanswered + measured.non2xx,
    incomplete: measured.incomplete,
  };
}

const everyParagraph = (body: string) => {
  try {
    const parsed = JSON.parse(body) as { paragraphs?: { translation: string | null }[] };
    return (
      parsed.paragraphs?.length === ARTICLE_PARAGRAPHS &&
      parsed.paragraphs.every((paragraph) => typeof paragraph.translation === "string")
    );
  } catch {
    return false;
  }
};

/** The four load cases, each run `rounds` times; figures are medians over the rounds. */
export async function benchHttp(
  url: string,
  staticPath: string,
  duration: number,
  rounds: number,
  documentId: string,
) {
  const cases = [
    { name: "static file (baseline)", path: staticPath },
    {
      name: "POST /api/translate, warm cache",
      method: "POST" as const,
      path: "/api/translate",
      body: () => JSON.stringify({ paragraphs: PARAGRAPHS, engine: "gloss" }),
      check: everyParagraph,
    },
    {
      name: "POST /api/translate, cold cache",
      method: "POST" as const,
      path: "/api/translate",
      // A number unique to the request in every paragraph: nothing can come from the cache.
      body: (counter: number) =>
        JSON.stringify({
          paragraphs: PARAGRAPHS.map((paragraph) => `${paragraph} ${counter}`),
          engine: "gloss",
        }),
      check: everyParagraph,
    },
    {
      name: "GET /api/documents/:id, saved article (database read)",
      path: `/api/documents/${documentId}`,
      check: everyParagraph,
    },
    {
      // The page baseline: the permalink page is the same reader, server-rendered with data.
      name: "GET /, home page (server-rendered, for comparison)",
      path: "/",
      check: (body: string) => body.includes("<textarea"),
    },
    {
      name: "GET /d/:id, permalink page (server-rendered)",
      path: `/d/${documentId}`,
      check: (body: string) => body.includes(PARAGRAPHS[5] ?? "?"),
    },
    {
      name: "POST /api/summarize",
      method: "POST" as const,
      path: "/api/summarize",
      body: () => JSON.stringify({ paragraphs: PARAGRAPHS, engine: "gloss", method: "extractive" }),
      check: (body: string) =>
        (JSON.parse(body) as { bullets?: unknown[] }).bullets?.length !== undefined,
    },
  ];
  const results = new Map<string, LoadFigures[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const entry of cases) {
      const figures = await run({ url, duration, ...entry });
      results.set(entry.name, [...(results.get(entry.name) ?? []), figures]);
    }
  }
  return cases.map((entry): LoadFigures => {
    const list = results.get(entry.name) ?? [];
    return {
      name: entry.name,
      p50: median(list.map((item) => item.p50)),
      p99: median(list.map((item) => item.p99)),
      requestsPerSecond: median(list.map((item) => item.requestsPerSecond)),
      errors: list.reduce((sum, item) => sum + item.errors, 0),
      incomplete: list.reduce((sum, item) => sum + item.incomplete, 0),
    };
  });
}

/** Fires `count` requests with fresh text (each a cache miss), 16 at a time. */
export async function fireRequests(url: string, count: number, offset: number): Promise<number> {
  let counter = offset;
  const result = await autocannon({
    url,
    connections: 16,
    amount: count,
    requests: [
      {
        method: "POST",
        path: "/api/translate",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          counter += 1;
          return {
            ...request,
            body: JSON.stringify({
              paragraphs: PARAGRAPHS.map((paragraph) => `${paragraph} ${counter}`),
              engine: "gloss",
            }),
          };
        },
      },
    ],
  });
  return result.errors + result.non2xx;
}

/** Saves the sample article through the API, as the reader does, and answers its id. */
export async function saveSampleDocument(url: string): Promise<string> {
  const translated = (await (
    await fetch(`${url}/api/translate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paragraphs: PARAGRAPHS, engine: "gloss" }),
    })
  ).json()) as { source: string; target: string; paragraphs: Record<string, unknown>[] };
  const response = await fetch(`${url}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      source: translated.source,
      target: translated.target,
      engine: "gloss",
      paragraphs: translated.paragraphs,
    }),
  });
  if (response.status !== 201) throw new Error(`Saving the sample failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
