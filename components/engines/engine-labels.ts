import type { TFunction } from "i18next";

/**
 * How the interface names an engine, in the reader's interface language. The engine contract
 * carries ids only; the words live in `locales/{en,hi}/common.json` under `engines`, and this
 * is the one place that turns an engine's ids into them.
 */

/** Families whose model is worth naming: the choice of model changes what the reader gets. */
const FAMILIES_NAMING_THEIR_MODEL = new Set(["local", "openai", "sarvam"]);

/** On-device models whose licence limits their use, so the picker says so beside the name. */
function localModelName(modelId: string): string {
  if (/nllb/i.test(modelId)) return `${modelId} (CC-BY-NC 4.0)`;
  if (modelId === "opus-mt") return "OPUS-MT hi↔en (CC-BY 4.0)";
  return modelId;
}

const KNOWN_FAMILIES = new Set([
  "auto",
  "gloss",
  "local",
  "libretranslate",
  "openai",
  "deepl",
  "google",
  "azure",
  "sarvam",
  "chrome",
]);

/** The label of an engine; an engine this table does not know is shown by its id. */
export function engineLabel(engine: { engineId: string; modelId: string }, t: TFunction): string {
  const { engineId, modelId } = engine;
  if (!KNOWN_FAMILIES.has(engineId)) return `${engineId}:${modelId}`;
  if (modelId !== "default" && FAMILIES_NAMING_THEIR_MODEL.has(engineId)) {
    const model = engineId === "local" ? localModelName(modelId) : modelId;
    return t(`engines.${engineId}WithModel`, { model });
  }
  return t(`engines.${engineId}`);
}
