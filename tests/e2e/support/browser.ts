import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts");

if (!HAS_CHROMIUM) {
  console.warn(
    `Browser tests skipped: ${CHROMIUM_PATH} is missing (run npm run test:setup to install Debian's chromium).`,
  );
}

/** Headless, with no background traffic (this machine has no network). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Debian's Chromium ships Chrome's Translator API, which answers "downloadable" and then
  // cannot download offline. Tests run as "a browser without one"; the browser-engine tests
  // install a double of the API through an init script instead.
  "--disable-features=TranslationAPI",
];

/**
 * Debian's Chromium, headless, with no background traffic (this machine has no network);
 * `extraFlags` are added to the command line (a benchmark's frame-rate flags).
 */
export function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

export const artifact = (name: string) => path.join(ARTIFACTS, name);
