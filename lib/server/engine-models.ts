import "server-only";

import { isLocalModelId } from "@/lib/translation/engines/local/local-engine";

/** Sarvam's documented translation models (its API takes no other). */
const SARVAM_MODELS = ["sarvam-translate:v1", "mayura:v1"] as const;
/** Google Cloud Translation v2's documented `model` values. */
const GOOGLE_MODELS = ["nmt", "base"] as const;

/** A comma-separated setting as a list, empty entries dropped. */
export function listSetting(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * The models a request may name per engine family, beyond each family's default: what the
 * operator configured (LOCAL_MODELS, OPENAI_MODELS) or the provider's fixed list. Families not
 * named take only their default model. The local engine takes none unless it is enabled
 * (LOCAL_MODEL or LOCAL_MODEL_PATH), so no request can start a download on its own.
 */
export function allowedEngineModels(
  env: Record<string, string | undefined>,
): Record<string, readonly string[]> {
  const localEnabled = Boolean(env.LOCAL_MODEL?.trim() || env.LOCAL_MODEL_PATH?.trim());
  const local = localEnabled
    ? [...listSetting(env.LOCAL_MODEL), ...listSetting(env.LOCAL_MODELS)].filter(isLocalModelId)
    : [];
  const openai = [...listSetting(env.OPENAI_MODEL), ...listSetting(env.OPENAI_MODELS)];
  return {
    local: [...new Set(local)],
    openai: [...new Set(openai)],
    google: GOOGLE_MODELS,
    sarvam: SARVAM_MODELS,
  };
}
