"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import type { TranslateInput } from "@/lib/api-client/api-client";
import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import type { ApiAutoChoice, ApiEngine } from "@/lib/api/wire-types";
import { translationQueryKey, type TranslationState } from "@/lib/query/translation-queries";
import { parseEngineId } from "@/lib/translation/registry";
import { engineName } from "./engine-groups";

export interface EngineStatus {
  /** The status line's engine: the one really used, "Automatic → …" when auto chose it. */
  label: string;
  /** True while some row shows the offline word-by-word draft. */
  draftInUse: boolean;
  /** Why the chosen browser engine could not be used, when it could not. */
  browserProblem: string | null;
}

/**
 * The little the status line needs from a translation: the engines its rows came from, and the
 * browser engine's warning. Selected (and kept equal by the query's structural sharing) so the
 * page around the reader re-renders when these change, not each time a group of rows arrives.
 */
function selectEngineUse(state: TranslationState): { engines: string[]; warning: string | null } {
  const engines = new Set<string>();
  for (const paragraph of state.paragraphs) if (paragraph) engines.add(paragraph.engine);
  return { engines: [...engines].sort(), warning: state.warning?.message ?? null };
}

/**
 * What the reader tells about the engine of the open article. It watches the translation the
 * reader streams (never starting one itself), so it knows when the draft took over.
 */
export function useEngineStatus(
  input: TranslateInput | null,
  options: {
    automatic: boolean;
    engines: ApiEngine[] | undefined;
    choices: readonly ApiAutoChoice[];
    t: TFunction;
  },
): EngineStatus {
  const state = useQuery({
    queryKey: input ? translationQueryKey(input) : ["translation", "none"],
    queryFn: skipToken,
    select: selectEngineUse,
  }).data;
  if (!input) return { label: "", draftInUse: false, browserProblem: null };
  const { t, engines } = options;
  const draftIds = new Set(
    (engines ?? []).filter((engine) => engine.quality === "draft").map((engine) => engine.id),
  );
  draftIds.add("gloss:default");
  const draftInUse = state?.engines.some((engine) => draftIds.has(engine)) ?? false;
  const browserProblem = state?.warning ?? null;

  const nameOf = (id: string): string => {
    const known = engines?.find((engine) => engine.id === id || engine.engineId === id);
    if (known) return engineName(known, t);
    const { engineId, modelId } = parseEngineId(id);
    return engineName({ engineId, modelId: modelId ?? "default" }, t);
  };
  let used: string;
  if (browserProblem !== null && isBrowserEngine(input.engine)) used = t("engines.names.draft");
  else if (input.engine === "auto" || input.engine === "auto:default") {
    const choice = options.choices.find(
      (item) => item.source === input.source && item.target === input.target,
    );
    used = choice ? nameOf(choice.id) : nameOf("auto:default");
  } else used = nameOf(input.engine);
  return {
    label: options.automatic ? t("engines.automaticArrow", { engine: used }) : used,
    draftInUse,
    browserProblem,
  };
}
