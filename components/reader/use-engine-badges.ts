"use client";

import { useMemo } from "react";
import type { ApiEngine } from "@/lib/api/wire-types";
import type { TranslationState } from "@/lib/query/translation-queries";
import { engineLabel } from "@/components/engines/engine-labels";
import { useT } from "@/lib/i18n/client";
import type { EngineBadge } from "./reader-types";

/**
 * How the reader names engines, in the interface's language where it has a name for one (the
 * server's English label otherwise), and which engine speaks for the document: the one that
 * made most rows. Rows made by another engine say so themselves.
 */
export function useEngineBadges(
  engines: ApiEngine[] | undefined,
  requested: string,
  state: TranslationState | undefined,
) {
  const { t } = useT();
  const badges = useMemo(() => {
    const map = new Map<string, EngineBadge>();
    for (const engine of engines ?? [])
      map.set(engine.id, {
        label: engineLabel(engine, t),
        draft: engine.quality === "draft",
      });
    return map;
  }, [engines, t]);
  const requestedId = useMemo(() => {
    const match = engines?.find(
      (engine) => engine.id === requested || engine.engineId === requested,
    );
    return match?.id ?? requested;
  }, [engines, requested]);
  const documentEngine = useMemo(() => {
    const counts = new Map<string, number>();
    for (const paragraph of state?.paragraphs ?? [])
      if (paragraph && typeof paragraph.translation === "string")
        counts.set(paragraph.engine, (counts.get(paragraph.engine) ?? 0) + 1);
    let best: string | null = null;
    for (const [engine, count] of counts)
      if (best === null || count > (counts.get(best) ?? 0)) best = engine;
    return best;
  }, [state]);
  const documentBadge: EngineBadge = badges.get(documentEngine ?? requestedId) ?? {
    label: documentEngine ?? requested,
    draft: false,
  };
  return { badges, documentEngine, documentBadge };
}
