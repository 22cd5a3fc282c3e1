"use client";

import type { ApiEngine } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import { ENGINE_GROUPS, engineGroup, engineName, unavailableReason } from "./engine-groups";

const GROUP_LABEL = {
  device: "engines.groupDevice",
  server: "engines.groupServer",
  cloud: "engines.groupCloud",
} as const;

/**
 * The engine picker: "Automatic" first, then engines grouped by where they run (this device,
 * this server, online services), each with its quality, and an unavailable one with the reason
 * in a reader's words.
 */
export function EnginePicker(props: {
  id: string;
  value: string;
  engines: ApiEngine[] | undefined;
  onChange: (engine: string) => void;
}) {
  const { t } = useT();
  const engines = props.engines ?? [];
  const automatic = engines.find((engine) => engine.engineId === "auto");
  const others = engines.filter((engine) => engine.engineId !== "auto");
  const option = (engine: ApiEngine) => (
    <option key={engine.id} value={engine.id} disabled={!engine.available}>
      {engine.available
        ? t("engines.option", {
            label: engineName(engine, t),
            quality: t(engine.quality === "draft" ? "engines.qualityDraft" : "engines.qualityFull"),
          })
        : t("engines.optionUnavailable", {
            label: engineName(engine, t),
            reason: unavailableReason(engine, t),
          })}
    </option>
  );
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      className="mt-1 max-w-xs rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
    >
      {automatic && <option value={automatic.id}>{t("engines.automatic")}</option>}
      {ENGINE_GROUPS.map((group) => {
        const members = others.filter((engine) => engineGroup(engine) === group);
        return members.length === 0 ? null : (
          <optgroup key={group} label={t(GROUP_LABEL[group])}>
            {members.map(option)}
          </optgroup>
        );
      })}
      {props.engines === undefined && <option value={props.value}>{props.value}</option>}
    </select>
  );
}
