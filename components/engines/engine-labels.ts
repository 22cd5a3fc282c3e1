import type { TFunction } from "i18next";

/**
 * How the interface names an engine, in the reader's interface language. The engine contract
 * carries ids only; the words live in `locales/{en,hi}/common.json` under `engines`, and this
 * is the one place that turns an engine's ids into them.
 */

/** On-device models whose licence limits their use, so the picker says so beside the name. */
function localModelName(modelId: string): string {
  if (/nllb/i.test(modelId)) return `${modelId} (CC-BY-NC 4.0)`;
  if (modelId === "opus-mt") return "OPUS-MT hi↔en (CC-BY 4.0)";
  return modelId;
}

/**
 * The label of an engine. A family with an `<id>WithModel` string names its model (the choice
 * of model changes what the reader gets); an engine the locales do not name shows its id.
 */
export function engineLabel(engine: { engineId: string; modelId: string }, t: TFunction): string {
  const { engineId, modelId } = engine;
  if (modelId !== "default") {
    const model = engineId === "local" ? localModelName(modelId) : modelId;
    const withModel = t(`engines.${engineId}WithModel`, { model, defaultValue: "" });
    if (withModel !== "") return withModel;
  }
  return t(`engines.${engineId}`, { defaultValue: "" }) || `${engineId}:${modelId}`;
}
