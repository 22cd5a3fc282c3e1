/**
 * What the orchestrator costs on top of its engine: translateDocument over an instant
 * in-process engine, against a baseline that hands the same texts straight to the engine.
 * Two documents: 400 short paragraphs (packing, the worker pool, one abort signal shared by
 * 50 requests) and one 60,000-character paragraph (cut to the limit and reassembled).
 *
 *   npx tsx --conditions=react-server bench/orchestrator-overhead.ts
 */
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { translateDocument } from "../lib/translation/orchestrator";
import { format, median, ratio } from "./stats";

const RUNS = 25;

// An engine that answers at once, so what is timed is the orchestrator's own work. Typed
// loosely on purpose: the same file measures the contract before and after its clean-up.
const instantEngine = {
  specificationVersion: "v1",
  engineId: "instant",
  modelId: "default",
  label: "instant",
  kind: "offline",
  quality: "full",
  languagePairs: [{ source: "hi", target: "en" }],
  limits: {
    maxCharactersPerRequest: 2_000,
    maxSegmentsPerRequest: 8,
    acceptsHtml: false,
    maxConcurrentRequests: 2,
  },
  async checkAvailability() {
    return { available: true };
  },
  async doTranslate(call: { segments: readonly string[] }) {
    return { translations: call.segments.map((segment) => segment.toUpperCase()) };
  },
};

const sampleLines = HINDI_SAMPLE.text.split("\n").filter(Boolean);
const shortParagraphs = Array.from(
  { length: 400 },
  (_, index) => `${sampleLines[index % sampleLines.length]} (${index})`,
);
const longParagraph = [
  Array.from({ length: 120 }, (_, index) => sampleLines[index % sampleLines.length]).join(" "),
];

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function measure(paragraphs: string[]) {
  const orchestrated: number[] = [];
  const direct: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const controller = new AbortController();
    orchestrated.push(
      await time(() =>
        translateDocument({
          engine: instantEngine as never,
          paragraphs,
          source: "hi",
          target: "en",
          abortSignal: controller.signal,
          maxRetries: 0,
        }),
      ),
    );
    direct.push(
      await time(async () => {
        for (let start = 0; start < paragraphs.length; start += 8)
          await instantEngine.doTranslate({ segments: paragraphs.slice(start, start + 8) });
      }),
    );
  }
  return { orchestrated: median(orchestrated), direct: median(direct) };
}

async function main() {
  const warnings: string[] = [];
  process.on("warning", (warning) => warnings.push(warning.name));

  const short = await measure(shortParagraphs);
  const long = await measure(longParagraph);
  console.log(
    `document                      translateDocument  engine alone  ratio   (median of ${RUNS}, ms)`,
  );
  console.log(
    `400 short paragraphs          ${format(short.orchestrated, 2).padStart(17)}  ${format(short.direct, 2).padStart(12)}  ${ratio(short.orchestrated, short.direct)}`,
  );
  console.log(
    `one ${longParagraph[0]?.length.toLocaleString("en")}-character paragraph  ${format(long.orchestrated, 2).padStart(14)}  ${format(long.direct, 2).padStart(12)}  ${ratio(long.orchestrated, long.direct)}`,
  );
  await new Promise((resolve) => setImmediate(resolve));
  const leaks = warnings.filter((name) => name === "MaxListenersExceededWarning").length;
  console.log(`MaxListenersExceededWarning: ${leaks === 0 ? "none" : `${leaks} times`}`);
}

void main();
