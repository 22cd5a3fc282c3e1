/**
 * Only the 500-paragraph reader measure of `npm run bench`, for quick before/after checks.
 * BENCH_BASELINE_ROOT names another built checkout (e.g. this branch's first commit) whose
 * reader is measured in the same run as the "before" column. A second, clearly separate
 * measure follows in a browser without the frame-rate cap (UNCAPPED_FRAME_FLAGS): the
 * one-paragraph toggle's own work, for the reader and the static page.
 */
import { startAppServer, type AppServer } from "../tests/e2e/support/app-server";
import { launchBrowser } from "../tests/e2e/support/browser";
import { benchReader, benchToggleWork, UNCAPPED_FRAME_FLAGS } from "./reader";
import { readerSection, toggleWorkSection } from "./reader-report";

async function withServer<T>(root: string | undefined, run: (server: AppServer) => Promise<T>) {
  const server = await startAppServer({}, root ? { root } : {});
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  const browser = await launchBrowser();
  let before;
  let figures;
  try {
    if (baselineRoot)
      before = await withServer(baselineRoot, (server) => benchReader(browser, server.url, rounds));
    figures = await withServer(undefined, (server) => benchReader(browser, server.url, rounds));
  } finally {
    await browser.close();
  }
  // Printed now, so a failure in the measure below does not lose these.
  console.log(JSON.stringify({ figures, before }));
  console.log(readerSection(figures, before).join("\n"));
  // The tests' Chromium with the frame-rate cap removed.
  const uncapped = await launchBrowser(UNCAPPED_FRAME_FLAGS);
  let toggleBefore;
  let toggle;
  try {
    if (baselineRoot)
      toggleBefore = await withServer(baselineRoot, (server) =>
        benchToggleWork(uncapped, server.url, rounds),
      );
    toggle = await withServer(undefined, (server) => benchToggleWork(uncapped, server.url, rounds));
  } finally {
    await uncapped.close();
  }
  console.log(JSON.stringify({ toggle, toggleBefore }));
  console.log(toggleWorkSection(toggle, toggleBefore).join("\n"));
}
void main();
