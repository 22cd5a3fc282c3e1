import { createInstance } from "i18next";
import { i18nOptions, type UiLanguage } from "@/lib/i18n/settings";
import type { ExportContext } from "./export";

const LOCALES: Record<UiLanguage, string> = { en: "en-IN", hi: "hi-IN" };

/** Whether a time zone name is one this runtime knows (anything else falls back to UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Labels and dates for an export, in the reader's interface language and time zone. */
export async function createExportContext(options: {
  language: UiLanguage;
  timeZone?: string;
  permalink?: string;
  fontFaces?: string;
}): Promise<ExportContext> {
  const instance = createInstance();
  await instance.init(i18nOptions(options.language));
  const t = instance.getFixedT(options.language, "common");
  const timeZone = options.timeZone && isTimeZone(options.timeZone) ? options.timeZone : "UTC";
  const format = new Intl.DateTimeFormat(LOCALES[options.language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    // Hindi's day periods are written "am"/"pm" in Latin letters beside its own बजे; a 24-hour
    // clock says the time one way.
    ...(options.language === "hi" ? { hourCycle: "h23" as const } : {}),
    timeZone,
    timeZoneName: "short",
  });
  return {
    language: options.language,
    t: (key, values) => t(key, values),
    formatDate: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    },
    permalink: options.permalink,
    fontFaces: options.fontFaces,
  };
}
