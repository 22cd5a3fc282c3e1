import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { HINDI_SAMPLE } from "../lib/samples/sample-articles";
import { normalizeParagraph } from "../lib/text/normalize";
import { segmentSentences } from "../lib/text/sentences";
import { createGlossEngine } from "../lib/translation/engines/gloss/gloss-engine";
import { romanize } from "../lib/translation/engines/gloss/romanize";
import { sharedDirectory } from "../scripts/gloss-data/shared-directory";
import { median } from "./stats";

export interface GlossThroughput {
  data: string;
  sentences: number;
  glossPerSecond: number;
  baselinePerSecond: number;
  runs: number;
}

/**
 * Sentences per second of the gloss engine on one core (Node runs this on one thread), against
 * a baseline pass over the same lines that only normalises, segments and romanises them.
 */
export async function benchGloss(rounds: number): Promise<GlossThroughput> {
  // The same shared-folder lookup as eval and the other benchmarks (a worktree's data is one
  // level further up; SHARED_DATA_DIR overrides).
  const flores = path.join(
    sharedDirectory(path.resolve(import.meta.dirname, "..")),
    "eval",
    "flores200-dev.hi.txt",
  );
  const lines = existsSync(flores)
    ? readFileSync(flores, "utf8").split("\n").filter(Boolean)
    : Array.from({ length: 80 }, () => HINDI_SAMPLE.text.split("\n")).flat();
  const data = existsSync(flores) ? "FLORES-200 dev, hi" : "sample article ×80 (FLORES not found)";
  const segments = lines.map((line) => normalizeParagraph(line));
  const engine = createGlossEngine();
  await engine.doTranslate({ segments, source: "hi", target: "en" });

  const glossRates: number[] = [];
  const baselineRates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let started = performance.now();
    await engine.doTranslate({ segments, source: "hi", target: "en" });
    glossRates.push(segments.length / ((performance.now() - started) / 1000));

    started = performance.now();
    let sink = 0;
    for (const segment of segments) {
      for (const sentence of segmentSentences(segment, "hi"))
        sink += romanize(sentence.text).length;
    }
    if (sink < 0) console.log(sink);
    baselineRates.push(segments.length / ((performance.now() - started) / 1000));
  }
  return {
    data,
    sentences: segments.length,
    glossPerSecond: median(glossRates),
    baselinePerSecond: median(baselineRates),
    runs: rounds,
  };
}
