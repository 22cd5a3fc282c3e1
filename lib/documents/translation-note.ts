/** Translates an interface key: i18next's `t`, or anything with its shape. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

// Engines whose output is a rough draft rather than a translation.
const DRAFT_ENGINES = new Set(["gloss"]);
// Engines named by their model, because the model is what a reader would want to know.
const NAMED_BY_MODEL = new Set(["openai", "local", "sarvam"]);
const KNOWN_ENGINES = new Set([
  "gloss",
  "libretranslate",
  "openai",
  "google",
  "azure",
  "deepl",
  "sarvam",
  "local",
  "chrome",
  "browser",
  "on-device",
]);

/** The name of the engine behind an `engine:model` id, as a reader would say it. */
export function engineName(engineId: string, t: Translate): string {
  const [engine = engineId, ...rest] = engineId.split(":");
  const model = rest.join(":");
  const known = KNOWN_ENGINES.has(engine) ? engine : null;
  const name = known ? t(`translationNote.engines.${known}`) : engine;
  return NAMED_BY_MODEL.has(engine) && model !== "" && model !== "default"
    ? `${name} (${model})`
    : name;
}

/**
 * One line saying how a text was translated, for everything that leaves the app (copied
 * summaries, exports): "Machine translation by DeepL." or "Rough offline draft, not a full
 * translation." Corrections by a person are counted; a person's text is not machine output.
 */
export function translationNote(
  paragraphs: readonly { engine: string; corrected?: boolean }[],
  t: Translate,
): string {
  const machine = paragraphs.filter((paragraph) => !paragraph.corrected);
  const corrected = paragraphs.length - machine.length;
  const engineIds = [...new Set(machine.map((paragraph) => paragraph.engine))];
  const allDraft =
    engineIds.length > 0 && engineIds.every((id) => DRAFT_ENGINES.has(id.split(":")[0] ?? id));
  const parts: string[] = [];
  if (allDraft) parts.push(t("translationNote.draft"));
  else if (engineIds.length > 0) {
    const names = [...new Set(engineIds.map((id) => engineName(id, t)))];
    parts.push(t("translationNote.machine", { engines: names.join(", ") }));
  }
  if (corrected > 0) parts.push(t("translationNote.corrected", { count: corrected }));
  return parts.join(" ");
}

/** The note for the reader's rows as they stand: translated rows only, corrections counted. */
export function noteForRows(
  rows: readonly (
    { engine: string; translation: string | null; revision?: { restored?: boolean } } | undefined
  )[],
  t: Translate,
): string {
  return translationNote(
    rows
      .filter((row) => typeof row?.translation === "string")
      .map((row) => ({
        engine: row?.engine ?? "",
        corrected: Boolean(row?.revision && !row.revision.restored),
      })),
    t,
  );
}
