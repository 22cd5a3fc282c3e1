/**
 * What the fact check and the glossary cost on top of the orchestrator: translateChecked (fact
 * check only, and with a 50-term glossary) against translateDocument, all over an instant
 * in-process engine that copies its input, so what is timed is the checks' own work.
 *
 *   npx tsx --conditions=react-server bench/reading-checks.ts
 */
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { translateChecked } from "../lib/translation/checked-translation";
import { translateDocument } from "../lib/translation/orchestrator";
import type { TranslationEngineV1 } from "../lib/translation/engine-spec";
import { format, median, ratio } from "./stats";

const RUNS = 25;

const instantEngine: TranslationEngineV1 = {
  specificationVersion: "v1",
  engineId: "instant",
  modelId: "default",
  kind: "offline",
  quality: "full",
  languagePairs: [{ source: "hi", target: "en" }],
  limits: { maxCharactersPerRequest: 2_000, maxSegmentsPerRequest: 8, maxConcurrentRequests: 2 },
  async checkAvailability() {
    return { available: true };
  },
  async doTranslate(call) {
    return { translations: [...call.segments] };
  },
};

const lines = HINDI_SAMPLE.text.split("\n").filter(Boolean);
const paragraphs = Array.from(
  { length: 400 },
  (_, index) => `${lines[index % lines.length]} (${index})`,
);
// Words of the sample as terms, so the glossary finds something in most paragraphs.
const words = [
  ...new Set(HINDI_SAMPLE.text.split(/[\s,।:()“”]+/u).filter((word) => word.length > 3)),
];
const glossary = words
  .slice(0, 50)
  .map((term, index) => ({ term, language: "hi" as const, rendering: `Term${index}` }));

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main() {
  const plain: number[] = [];
  const checked: number[] = [];
  const withGlossary: number[] = [];
  const options = { engine: instantEngine, paragraphs, source: "hi", target: "en" } as const;
  for (let run = 0; run < RUNS; run += 1) {
    plain.push(await time(() => translateDocument(options)));
    checked.push(await time(() => translateChecked(options)));
    withGlossary.push(await time(() => translateChecked({ ...options, glossary })));
  }
  const base = median(plain);
  console.log(`400 paragraphs (median of ${RUNS}, ms)          time    vs translateDocument`);
  console.log(`translateDocument (baseline)            ${format(base, 2).padStart(8)}`);
  console.log(
    `translateChecked, fact check            ${format(median(checked), 2).padStart(8)}    ${ratio(median(checked), base)}`,
  );
  console.log(
    `translateChecked, fact check + ${glossary.length} terms   ${format(median(withGlossary), 2).padStart(8)}    ${ratio(median(withGlossary), base)}`,
  );
}

void main();
