"use client";

import { useEffect, useState } from "react";
import { browserEngine } from "@/lib/api-client/browser-translation";
import type { ApiEngine } from "@/lib/api-client/types";
import { getBrowserTranslatorApi } from "@/lib/translation/engines/chrome/chrome-engine";
import { describeEngine } from "@/lib/translation/registry";

/**
 * Engines this browser can run itself. Chrome's Translator is offered only where the global
 * exists and can translate Hindi and English; elsewhere the list stays empty.
 */
export function useBrowserEngines(): ApiEngine[] {
  const [engines, setEngines] = useState<ApiEngine[]>([]);
  useEffect(() => {
    if (getBrowserTranslatorApi() === undefined) return;
    let cancelled = false;
    const engine = browserEngine();
    void engine.checkAvailability().then((availability) => {
      if (!cancelled && availability.available)
        setEngines([{ ...describeEngine(engine), ...availability }]);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return engines;
}
