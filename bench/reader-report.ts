import type { ReaderFigures, ToggleWorkFigures } from "./reader";
import { format, ratio } from "./stats";

const yes = (pass: boolean) => (pass ? "met" : "**missed**");

/**
 * The reader's section of docs/benchmarks.md: each measure beside the static page, and beside
 * the reader as it was before (`before`) when that build was measured in the same run.
 */
export function readerSection(figures: ReaderFigures, before?: ReaderFigures): string[] {
  const beforeCell = (value: number | undefined) =>
    before === undefined || value === undefined ? "" : ` ${format(value)} |`;
  const header = before ? " reader before ms |" : "";
  const rows: [string, keyof ReaderFigures, keyof ReaderFigures, string, boolean][] = [
    [
      "toggle one on-screen paragraph (translation only)",
      "toggleMs",
      "staticToggleMs",
      "≤ 16 ms",
      figures.toggleMs <= 16,
    ],
    [
      "view switch: translation only → side by side",
      "toSideBySideMs",
      "staticViewModeMs",
      "≤ 50 ms",
      figures.toSideBySideMs <= 50,
    ],
    [
      "view switch: side by side → translation only",
      "toTranslationMs",
      "staticViewModeMs",
      "≤ 50 ms",
      figures.toTranslationMs <= 50,
    ],
    [
      "flip all (translation only: show all in Hindi)",
      "flipAllSingleMs",
      "staticFlipAllMs",
      "≤ 100 ms",
      figures.flipAllSingleMs <= 100,
    ],
    [
      "flip all (side by side: swap columns)",
      "flipAllSideBySideMs",
      "staticFlipAllMs",
      "≤ 100 ms",
      figures.flipAllSideBySideMs <= 100,
    ],
  ];
  const lines = [
    "## Reader in Chromium (500 paragraphs, what a reader feels)",
    "",
    `| measure | reader ms |${header} static page ms | vs static | target |`,
    `| --- | ---: |${before ? " ---: |" : ""} ---: | ---: | --- |`,
    `| data to all rows | ${format(figures.rowsMs)} |${beforeCell(before?.rowsMs)} ${format(figures.staticRowsMs)} | ${figures.rowsRatio.toFixed(2)}× | ≤ 2× the static page: ${yes(figures.rowsRatio <= 2)} |`,
  ];
  for (const [name, key, staticKey, target, pass] of rows)
    lines.push(
      `| ${name} | ${format(figures[key])} |${beforeCell(before?.[key])} ${format(figures[staticKey])} | ${ratio(figures[key], figures[staticKey])} | ${target}: ${yes(pass)} |`,
    );
  lines.push(
    "",
    "Each interaction is a real mouse click (Playwright) on a row scrolled on screen, timed from the click event's timestamp to a task queued from the next animation frame, i.e. after that frame's style, layout and paint: what a reader waits for. Each is the median of 9 clicks per round, then the median over rounds. Off-screen rows sit under `content-visibility: auto` in both the reader and the static page, so they cost almost nothing in either. The static page holds the same 500 paragraph pairs as plain HTML with the cheapest DOM edit for each interaction (one class on a row or on the body). The machine's 2 cores are shared with other work, so single figures are noisy; compare the columns of one run.",
    "",
  );
  return lines;
}

/**
 * The secondary measure: the one-paragraph toggle in a Chromium without the frame-rate cap
 * (`UNCAPPED_FRAME_FLAGS`), so the figure is the page's own work after the click rather than
 * the wait for the next 60 Hz frame. Not a target; it says how far below the frame floor each
 * page is.
 */
export function toggleWorkSection(
  figures: ToggleWorkFigures,
  before?: ToggleWorkFigures,
): string[] {
  return [
    "### Secondary: the toggle's own work, without the frame-rate cap",
    "",
    `| measure | reader ms |${before ? " reader before ms | static page before ms |" : ""} static page ms | vs static |`,
    `| --- | ---: |${before ? " ---: | ---: |" : ""} ---: | ---: |`,
    `| toggle one on-screen paragraph (translation only), uncapped frames | ${format(figures.toggleMs)} |${before ? ` ${format(before.toggleMs)} | ${format(before.staticToggleMs)} |` : ""} ${format(figures.staticToggleMs)} | ${ratio(figures.toggleMs, figures.staticToggleMs)} |`,
    "",
    "Chromium started with `--disable-gpu-vsync --disable-frame-rate-limit --run-all-compositor-stages-before-draw` draws the next frame as soon as the last is done (requestAnimationFrame's median interval 0.2 ms instead of 16.7 ms headless; the first two flags alone change nothing headless), so there is no wait for vsync. But the third flag also makes each frame wait for its (software) raster, so the figure is the page's work plus rastering the screen, and it is only comparable between the two pages of one run (reader vs static), not with the primary table. It is also distorted by other load: the uncapped browser draws continuously. The primary table above is measured as before, with the cap.",
    "",
  ];
}
