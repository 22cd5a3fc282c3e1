/**
 * Measures an engine's translation quality on a line-aligned test set through the real
 * orchestrator (one line = one paragraph) and records it in docs/quality.md.
 *
 *   npm run eval -- --engine gloss --direction hi-en
 *   npm run eval -- --engine libretranslate --direction en-hi --source a.en --reference a.hi
 *
 * Defaults: FLORES-200 dev from ../shared/eval (development data only; the app never reads it).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { corpusBleu } from "../lib/eval/bleu";
import { corpusChrf } from "../lib/eval/chrf";
import { parseEnv } from "../lib/env";
import { createAppServices } from "../lib/server/app-services";
import { isDelegatingEngine } from "../lib/translation/registry";
import type { LanguageCode } from "../lib/text/language";
import { translateDocument } from "../lib/translation/orchestrator";
import { normalizeParagraph } from "../lib/text/normalize";

const ROOT = path.resolve(import.meta.dirname, "..");
const EVAL_DIR = path.resolve(ROOT, "..", "shared", "eval");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: "string", default: "gloss" },
      direction: { type: "string", default: "hi-en" },
      source: { type: "string" },
      reference: { type: "string" },
      limit: { type: "string" },
      output: { type: "string", default: path.join(ROOT, "docs", "quality.md") },
      "no-write": { type: "boolean", default: false },
    },
  });

  const direction = values.direction;
  if (direction !== "hi-en" && direction !== "en-hi") {
    console.error(`--direction must be hi-en or en-hi, got "${direction}".`);
    process.exit(2);
  }
  const [source, target] = direction.split("-") as [LanguageCode, LanguageCode];
  const sourceFile = values.source ?? path.join(EVAL_DIR, `flores200-dev.${source}.txt`);
  const referenceFile = values.reference ?? path.join(EVAL_DIR, `flores200-dev.${target}.txt`);
  for (const file of [sourceFile, referenceFile]) {
    if (!existsSync(file)) {
      console.error(
        `Missing ${file}. Pass --source and --reference, or put FLORES-200 dev in ${EVAL_DIR}.`,
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
  if (values.limit) {
    sources = sources.slice(0, Number(values.limit));
    references = references.slice(0, Number(values.limit));
  }

  const runtime = createAppServices(parseEnv({ ...process.env, RATE_LIMIT_PER_MINUTE: "0" }));
  const named = runtime.registry.resolve(values.engine);
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
  const speed = sources.length / seconds;
  const engineId = `${engine.engineId}:${engine.modelId}`;
  const data = values.source
    ? path.basename(sourceFile)
    : `FLORES-200 dev (${sources.length} lines)`;

  console.log(`engine     ${engineId}`);
  console.log(`direction  ${direction}`);
  console.log(`data       ${data}`);
  console.log(`chrF++     ${chrf.toFixed(2)}`);
  console.log(
    `BLEU       ${bleu.score.toFixed(2)}  (precisions ${bleu.precisions.map((p) => p.toFixed(1)).join("/")}, BP ${bleu.brevityPenalty.toFixed(3)})`,
  );
  console.log(`speed      ${speed.toFixed(0)} sentences/s (${seconds.toFixed(2)} s)`);
  if (failed > 0) console.log(`failed     ${failed} lines (scored as empty)`);

  if (!values["no-write"]) {
    const header = [
      "# Translation quality",
      "",
      "Written by `npm run eval`: corpus chrF++ (character order 6, word order 2, beta 2, as in sacreBLEU's",
      "defaults) and BLEU (13a tokenisation) through the real orchestrator, one line per paragraph. FLORES-200",
      "dev is CC-BY-SA 4.0 (Meta AI / NLLB team) and is used by this tool only; the app never reads it.",
      "",
      "| engine | direction | data | chrF++ | BLEU | speed (sentences/s) | machine | date |",
      "| --- | --- | --- | ---: | ---: | ---: | --- | --- |",
    ];
    const today = new Date().toISOString().slice(0, 10);
    const cells = (line: string) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
    // One row per engine, direction, data set and day: earlier days stay as the history of
    // the number; a rerun on the same day replaces that day's row (cells compared trimmed,
    // since formatters pad tables).
    const existing = existsSync(values.output)
      ? readFileSync(values.output, "utf8")
          .split("\n")
          .filter(
            (line) =>
              line.startsWith("| ") && !line.startsWith("| engine") && !/^\|\s*-/.test(line),
          )
          .filter((line) => {
            const [rowEngine, rowDirection, rowData, , , , , rowDate] = cells(line);
            return !(
              rowEngine === engineId &&
              rowDirection === direction &&
              rowData === data &&
              rowDate === today
            );
          })
      : [];
    const row = `| ${engineId} | ${direction} | ${data} | ${chrf.toFixed(2)} | ${bleu.score.toFixed(2)} | ${speed.toFixed(0)} | ${os.cpus().length} cores | ${today} |`;
    const rows = [...existing, row];
    writeFileSync(values.output, `${[...header, ...rows].join("\n")}\n`);
    console.log(`written    ${path.relative(ROOT, values.output)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
