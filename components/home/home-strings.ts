import type { ImportStrings } from "@/components/documents/import-strings";

/**
 * The home form's words and engine choices, worked out on the server (home-form.tsx) and handed
 * to the client island as plain data, so the island needs no i18next. Templates keep their
 * placeholders (`{{characters}}`, ...) for the island to fill in.
 */
export interface HomeStrings {
  input: {
    label: string;
    trySample: string;
    tryEnglishSample: string;
    placeholder: string;
    /** With {{characters}}, {{limit}} and {{paragraphs}}. */
    /** The counter's template in each plural form. */
    counter: { one: string; other: string };
    shortcutHint: string;
    direction: string;
    directionAuto: string;
    directionHiEn: string;
    directionEnHi: string;
    /** With {{direction}}. */
    detected: string;
    engine: string;
    translate: string;
    translating: string;
  };
  import: ImportStrings;
  privacy: { dontSave: string; statement: string; statementNotSaving: string };
  recent: {
    title: string;
    empty: string;
    languages: { hi: string; en: string };
    /** With {{title}}. */
    remove: string;
  };
}

export interface EngineOption {
  id: string;
  label: string;
  disabled: boolean;
}

/** The engine picker's options as the reader's picker lists them, before any browser engine. */
export interface EngineChoices {
  automatic: EngineOption | null;
  groups: { label: string; options: EngineOption[] }[];
  /** What the picker shows until the reader picks: the reader's own default. */
  defaultId: string;
}

/** Fills `{{name}}` placeholders of a server-made template. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
