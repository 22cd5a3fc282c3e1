import { importStrings } from "@/components/documents/import-strings";
import type { TFunction } from "i18next";
import {
  ENGINE_GROUPS,
  engineGroup,
  engineName,
  unavailableReason,
} from "@/components/engines/engine-groups";
import type { ApiEngine, ApiEngines } from "@/lib/api/wire-types";
import type { EngineChoices, EngineOption, HomeStrings } from "./home-strings";

const GROUP_LABEL = {
  device: "engines.groupDevice",
  server: "engines.groupServer",
  cloud: "engines.groupCloud",
} as const;

/**
 * The engine picker's options, in the words the reader's picker (engine-picker.tsx) uses, and
 * the engine the reader would choose by default (translator.tsx) among the server's engines.
 */
export function engineChoices(list: ApiEngines | null, t: TFunction): EngineChoices | null {
  if (list === null) return null;
  const option = (engine: ApiEngine): EngineOption => ({
    id: engine.id,
    disabled: !engine.available,
    label: engine.available
      ? t("engines.option", {
          label: engineName(engine, t),
          quality: t(engine.quality === "draft" ? "engines.qualityDraft" : "engines.qualityFull"),
        })
      : t("engines.optionUnavailable", {
          label: engineName(engine, t),
          reason: unavailableReason(engine, t),
        }),
  });
  const automatic = list.engines.find((engine) => engine.engineId === "auto");
  const others = list.engines.filter((engine) => engine.engineId !== "auto");
  const preferred = list.engines.find(
    (engine) => engine.engineId === list.default || engine.id === list.default,
  );
  return {
    automatic: automatic
      ? { id: automatic.id, label: t("engines.automatic"), disabled: false }
      : null,
    groups: ENGINE_GROUPS.map((group) => ({
      label: t(GROUP_LABEL[group]),
      options: others.filter((engine) => engineGroup(engine) === group).map(option),
    })).filter((group) => group.options.length > 0),
    defaultId:
      (preferred?.available ? preferred : list.engines.find((engine) => engine.available))?.id ??
      "gloss:default",
  };
}

/** The counter's values left as placeholders, for a plural form picked by `count`. */
const counterTemplate = (count: number) => ({
  count,
  characters: "{{characters}}",
  limit: "{{limit}}",
  paragraphs: "{{paragraphs}}",
});

/** The home form's words in the interface language of `t`. */
export function homeStrings(t: TFunction): HomeStrings {
  return {
    input: {
      label: t("input.label"),
      trySample: t("input.trySample"),
      tryEnglishSample: t("input.tryEnglishSample"),
      placeholder: t("input.placeholder"),
      // Both plural forms (these interface languages have two), chosen by the form's count.
      counter: {
        one: t("input.counter", counterTemplate(1)),
        other: t("input.counter", counterTemplate(2)),
      },
      shortcutHint: t("input.shortcutHint"),
      direction: t("input.direction"),
      directionAuto: t("input.directionAuto"),
      directionHiEn: t("input.directionHiEn"),
      directionEnHi: t("input.directionEnHi"),
      detected: t("input.detected", { direction: "{{direction}}" }),
      engine: t("input.engine"),
      translate: t("input.translate"),
      translating: t("input.translating"),
    },
    import: importStrings(t),
    // Before the reader knows this browser's engines, the form plans a server engine, as the
    // reader's own statement does until then.
    privacy: {
      dontSave: t("engines.privacy.dontSave"),
      statement: [
        t("engines.privacy.serverEngine"),
        t("engines.privacy.saving"),
        t("engines.privacy.summaryServer"),
      ].join(" "),
      statementNotSaving: [
        t("engines.privacy.serverEngine"),
        t("engines.privacy.notSaving"),
        t("engines.privacy.summaryBrowser"),
      ].join(" "),
    },
    recent: {
      title: t("recent.title"),
      empty: t("recent.empty"),
      languages: { hi: t("languages.hi"), en: t("languages.en") },
      remove: t("recent.remove", { title: "{{title}}" }),
    },
  };
}
