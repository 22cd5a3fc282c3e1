"use client";

import { createInstance, type i18n as I18n } from "i18next";
import { useMemo, type ReactNode } from "react";
import { rememberTranslations } from "./remembered-translations";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { i18nOptions, type UiLanguage } from "./settings";

export function createClientI18n(language: UiLanguage): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init(i18nOptions(language));
  return instance;
}

/** Provides i18next to client components, starting in the language the server rendered. */
export function I18nProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const instance = useMemo(() => createClientI18n(language), [language]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/**
 * The client-side translation hook. Its `t` remembers answers (remembered-translations.ts):
 * the reader re-renders a dozen components each time rows stream in, and their i18next lookups
 * were 3 ms of each such update.
 */
export function useT(namespace = "common") {
  const { t, i18n, ready } = useTranslation(namespace);
  const remembered = useMemo(() => rememberTranslations(t), [t]);
  return { t: remembered, i18n, ready };
}
