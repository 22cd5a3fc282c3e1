import type { TFunction } from "i18next";
import type { ApiEngine } from "@/lib/api/wire-types";
import { engineLabel } from "./engine-labels";

/** Where an engine runs, as the picker groups them. */
export type EngineGroup = "device" | "server" | "cloud";

export const ENGINE_GROUPS: readonly EngineGroup[] = ["device", "server", "cloud"];

export function engineGroup(engine: Pick<ApiEngine, "kind">): EngineGroup {
  if (engine.kind === "browser") return "device";
  if (engine.kind === "remote") return "cloud";
  return "server";
}

/**
 * An engine's short name for the picker and the status line ("Automatic → Chrome on-device"):
 * browser engines and the draft get short names, the others their interface label.
 */
export function engineName(engine: Pick<ApiEngine, "engineId" | "modelId">, t: TFunction): string {
  if (engine.engineId === "chrome") return t("engines.names.chrome");
  if (engine.engineId === "on-device") return t("engines.names.onDevice");
  if (engine.engineId === "gloss") return t("engines.names.draft");
  return engineLabel(engine, t);
}

/**
 * Why an engine cannot be used, in a reader's words. The server's reason is written for the
 * operator (which variable to set); readers only learn that the site has not set it up.
 */
export function unavailableReason(engine: ApiEngine, t: TFunction): string {
  if (engine.engineId === "chrome")
    return engine.reason?.includes("no built-in")
      ? t("engines.reasons.noBrowserTranslator")
      : t("engines.reasons.browserCannotTranslate");
  if (engine.engineId === "on-device")
    return engine.reason?.includes("cannot run")
      ? t("engines.reasons.cannotRun")
      : t("engines.reasons.notDownloaded");
  if (engine.progress !== undefined)
    return t("engines.reasons.loading", { progress: Math.round(engine.progress) });
  if (engine.reason?.startsWith("Set ")) return t("engines.reasons.notSetUp");
  return t("engines.reasons.unreachable");
}
