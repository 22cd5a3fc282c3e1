import enCommon from "@/locales/en/common.json";
import hiCommon from "@/locales/hi/common.json";
import enChecks from "@/locales/en/checks.json";
import hiChecks from "@/locales/hi/checks.json";

import { UI_LANGUAGES, type UiLanguage } from "./ui-language";

// Languages the interface is available in (independent of the article's languages).
export { UI_LANGUAGES, UI_LANGUAGE_COOKIE, type UiLanguage } from "./ui-language";

export const FALLBACK_UI_LANGUAGE: UiLanguage = "en";
export const DEFAULT_NAMESPACE = "common";
// "checks": the fact check, glossary and engine comparison, kept apart from the reader's.
export const NAMESPACES = [DEFAULT_NAMESPACE, "checks"] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Both locales are small, so they ship with the bundle and switching needs no request.
export const RESOURCES = {
  en: { common: enCommon, checks: enChecks },
  hi: { common: hiCommon, checks: hiChecks },
} as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Picks the interface language from a cookie value, then the Accept-Language header. */
export function resolveUiLanguage(
  cookieValue: string | undefined,
  acceptLanguage: string | null,
): UiLanguage {
  if (isUiLanguage(cookieValue)) return cookieValue;
  const preferred = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim().slice(0, 2).toLowerCase());
  return (
    preferred.find((language): language is UiLanguage => isUiLanguage(language)) ??
    FALLBACK_UI_LANGUAGE
  );
}

export function i18nOptions(language: UiLanguage) {
  return {
    lng: language,
    fallbackLng: FALLBACK_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    defaultNS: DEFAULT_NAMESPACE,
    ns: [...NAMESPACES],
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    initImmediate: false,
  };
}
