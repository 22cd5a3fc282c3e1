/**
 * Only the 500-paragraph reader measure of `npm run bench`, for quick before/after checks.
 * BENCH_BASELINE_ROOT names another built checkout (e.g. this branch's first commit) whose
 * reader is measured in the same run as the "before" column.
 */
import { startAppServer } from "../tests/e2e/support/app-server";
import { launchBrowser } from "../tests/e2e/support/browser";
import { benchReader } from "./reader";
import { readerSection } from "./reader-report";

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  const browser = await launchBrowser();
  try {
    let before;
    if (baselineRoot) {
      const baseline = await startAppServer({}, { root: baselineRoot });
      try {
        before = await benchReader(browser, baseline.url, rounds);
      } finally {
        await baseline.stop();
      }
    }
    const server = await startAppServer();
    try {
      const figures = await benchReader(browser, server.url, rounds);
      console.log(JSON.stringify({ figures, before }));
      console.log(readerSection(figures, before).join("\n"));
    } finally {
      await server.stop();
    }
  } finally {
    await browser.close();
  }
}
void main();
