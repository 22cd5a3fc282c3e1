import type { LanguageCode } from "@/lib/translation/engine-spec";
import type { TranslatorAvailability } from "@/lib/translation/engines/chrome/chrome-engine";
import { browserEngineFamily, CHROME_ENGINE_ID, ON_DEVICE_ENGINE_ID } from "./browser-engine-ids";
import type { ApiAutoChoice } from "@/lib/api/wire-types";

/** What the browser itself can do, as far as the reader has found out. */
export interface BrowserCapabilities {
  /** Chrome's Translator per direction ("hi-en", "en-hi"); missing without the API. */
  chrome: Partial<Record<string, TranslatorAvailability>>;
  /** Whether the on-device translator is downloaded and can run here. */
  onDevice: boolean;
}

/** The engine a translation really uses, and whether `auto` picked it. */
export interface EngineChoice {
  engine: string;
  /** True when the reader left the choice to `auto`; labels then read "Automatic → …". */
  automatic: boolean;
  /** True when a browser engine needs a model download first (a progress bar is shown). */
  download: boolean;
}

export const isAutomatic = (id: string) => id === "auto" || id === "auto:default";

/**
 * Resolves the picker's value for one direction. A named engine is used as is (including an
 * operator's DEFAULT_ENGINE pin). `auto` keeps the server's choice when that is a full
 * translation (an operator-configured engine comes first); when the server would only gloss,
 * it uses the browser: Chrome's translator if its model is already there, then the downloaded
 * on-device translator, then Chrome's translator after a download, and the gloss last.
 */
export function resolveEngineChoice(options: {
  picked: string;
  source: LanguageCode;
  target: LanguageCode;
  automatic: readonly ApiAutoChoice[];
  browser: BrowserCapabilities;
}): EngineChoice {
  const { picked, source, target, browser } = options;
  const direction = `${source}-${target}`;
  const chrome = browser.chrome[direction];
  if (!isAutomatic(picked)) {
    return {
      engine: picked,
      automatic: false,
      download:
        browserEngineFamily(picked) === "chrome" &&
        (chrome === "downloadable" || chrome === "downloading"),
    };
  }
  const server = options.automatic.find(
    (choice) => choice.source === source && choice.target === target,
  );
  if (server && server.quality === "full")
    return { engine: "auto", automatic: true, download: false };
  if (chrome === "available") return { engine: CHROME_ENGINE_ID, automatic: true, download: false };
  if (browser.onDevice) return { engine: ON_DEVICE_ENGINE_ID, automatic: true, download: false };
  if (chrome === "downloadable" || chrome === "downloading")
    return { engine: CHROME_ENGINE_ID, automatic: true, download: true };
  return { engine: "auto", automatic: true, download: false };
}
