"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
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
 * The little the status line needs from a translation: whether a row came from a draft engine,
 * and the browser engine's warning. Selected (and kept equal by the query's structural sharing)
 * so the page around the reader re-renders when these change, not each time rows arrive: a
 * first group of rows from a full engine changes neither.
 */
function selectEngineUse(
  state: TranslationState,
  draftIds: ReadonlySet<string>,
): { draftInUse: boolean; warning: string | null } {
  let draftInUse = false;
  for (const paragraph of state.paragraphs)
    if (paragraph && draftIds.has(paragraph.engine)) {
      draftInUse = true;
      break;
    }
  return { draftInUse, warning: state.warning?.message ?? null };
}

const NO_ROWS_YET: TranslationState = { paragraphs: [], done: false };

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
  const { t, engines } = options;
  const draftIds = useMemo(() => {
    const ids = new Set(
      (engines ?? []).filter((engine) => engine.quality === "draft").map((engine) => engine.id),
    );
    ids.add("gloss:default");
    return ids;
  }, [engines]);
  const select = useCallback(
    (state: TranslationState) => selectEngineUse(state, draftIds),
    [draftIds],
  );
  const state = useQuery({
    queryKey: input ? translationQueryKey(input) : ["translation", "none"],
    queryFn: skipToken,
    select,
    // Selected from an empty translation until rows arrive, so the first rows (which leave
    // both answers as they were) do not re-render the page around the reader: without it the
    // selection went from nothing to something, and the whole form rendered again.
    placeholderData: NO_ROWS_YET,
  }).data;
  if (!input) return { label: "", draftInUse: false, browserProblem: null };
  const draftInUse = state?.draftInUse ?? false;
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
