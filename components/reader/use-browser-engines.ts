"use client";

import { useEffect, useState } from "react";
import type { ApiEngine } from "@/lib/api/wire-types";

/**
 * Engines this browser can run itself. Chrome's Translator is offered only where the global
 * exists and can translate Hindi and English; elsewhere the list stays empty and the engine's
 * code is never loaded.
 */
export function useBrowserEngines(): ApiEngine[] {
  const [engines, setEngines] = useState<ApiEngine[]>([]);
  useEffect(() => {
    if (!("Translator" in globalThis)) return;
    let cancelled = false;
    void Promise.all([
      import("@/lib/api-client/browser-translation"),
      import("@/lib/translation/registry"),
    ]).then(async ([{ browserEngine }, { describeEngine }]) => {
      const engine = browserEngine();
      const availability = await engine.checkAvailability();
      if (!cancelled && availability.available)
        setEngines([{ ...describeEngine(engine), ...availability }]);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return engines;
}
