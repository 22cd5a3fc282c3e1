"use client";

import { useCallback, useEffect, useState } from "react";
import type { BrowserCapabilities } from "@/lib/api-client/browser-engine-choice";
import type { ApiEngine } from "@/lib/api/wire-types";
import { describeEngine } from "@/lib/translation/registry";

type BrowserTranslationModule = typeof import("@/lib/api-client/browser-translation");

export interface BrowserEngines {
  /** Engines offered in the picker: Chrome's translator where it exists, the on-device one. */
  engines: ApiEngine[];
  capabilities: BrowserCapabilities;
  /** The loaded browser-engine module; its `startBrowserEngine` must run inside the click. */
  module: BrowserTranslationModule | null;
  /** Looks again (after the on-device translator is downloaded or removed). */
  refresh: () => void;
}

const NO_CAPABILITIES: BrowserCapabilities = { chrome: {}, onDevice: false };

/**
 * What this browser can translate by itself. The engines' code loads after hydration, so a
 * reader who never uses them pays little; Chrome's availability is known before the Translate
 * click, which must start the translator synchronously to keep its user gesture.
 */
export function useBrowserEngines(): BrowserEngines {
  const [state, setState] = useState<Omit<BrowserEngines, "refresh">>({
    engines: [],
    capabilities: NO_CAPABILITIES,
    module: null,
  });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let cancelled = false;
    void import("@/lib/api-client/browser-translation").then(async (module) => {
      const chrome = module.chromeEngine();
      const onDevice = module.onDeviceEngine();
      const hasTranslator = "Translator" in globalThis;
      const [hiEn, enHi, chromeAvailability, onDeviceAvailability] = await Promise.all([
        hasTranslator ? chrome.availability("hi", "en") : Promise.resolve(undefined),
        hasTranslator ? chrome.availability("en", "hi") : Promise.resolve(undefined),
        chrome.checkAvailability(),
        onDevice.checkAvailability(),
      ]);
      if (cancelled) return;
      const engines: ApiEngine[] = [];
      if (hasTranslator) engines.push({ ...describeEngine(chrome), ...chromeAvailability });
      engines.push({ ...describeEngine(onDevice), ...onDeviceAvailability });
      setState({
        engines,
        capabilities: {
          chrome: {
            ...(hiEn ? { "hi-en": hiEn } : {}),
            ...(enHi ? { "en-hi": enHi } : {}),
          },
          onDevice: onDeviceAvailability.available,
        },
        module,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  return { ...state, refresh };
}
