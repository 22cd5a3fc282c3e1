"use client";

import { useQuery } from "@tanstack/react-query";
import { engineQueryOptions } from "@/lib/query/translation-queries";
import type { ApiEngine } from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/text/language";

/**
 * Engines that could render this paragraph instead: available on the server now, translating
 * this direction, and not the one that produced it. `auto` only stands for one of them, and a
 * browser engine would need its own download, so neither is offered.
 */
export function useCompareCandidates(
  currentEngine: string,
  source: LanguageCode,
  target: LanguageCode,
): ApiEngine[] | undefined {
  const engines = useQuery(engineQueryOptions()).data?.engines;
  return engines?.filter(
    (engine) =>
      engine.available &&
      engine.kind !== "browser" &&
      engine.engineId !== "auto" &&
      engine.id !== currentEngine &&
      engine.languagePairs.some((pair) => pair.source === source && pair.target === target),
  );
}
