"use client";

import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { rememberTranslations } from "./remembered-translations";
import {
  DEFAULT_NAMESPACE,
  i18nOptions,
  NAMESPACES,
  type Namespace,
  type UiLanguage,
} from "./settings";

export function createClientI18n(language: UiLanguage): I18n {
  const instance = createInstance();
  // Synchronous (initImmediate: false, resources in the bundle): ready before the first render.
  void instance.init(i18nOptions(language));
  return instance;
}

/** The instance, and one remembering `t` per namespace that every component shares. */
interface ClientI18n {
  i18n: I18n;
  translators: Record<Namespace, TFunction>;
}

const I18nContext = createContext<ClientI18n | null>(null);

/**
 * Provides i18next to client components, starting in the language the server rendered. Another
 * language is another instance (the page renders again with it), so an instance never changes
 * language and nothing needs to listen for it.
 */
export function I18nProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const value = useMemo((): ClientI18n => {
    const i18n = createClientI18n(language);
    const translators = Object.fromEntries(
      NAMESPACES.map((namespace) => [
        namespace,
        rememberTranslations(i18n.getFixedT(null, namespace)),
      ]),
    ) as Record<Namespace, TFunction>;
    return { i18n, translators };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The client-side translation hook: the provider's instance and its `t` for `namespace`, which
 * remembers answers (remembered-translations.ts). It reads a context and nothing else.
 * react-i18next's useTranslation did more in each of the reader's 30-odd components (namespace
 * checks, a `t` per component, language and store listeners subscribed on mount), and the click
 * on Translate mounts most of them at once.
 */
export function useT(namespace: Namespace = DEFAULT_NAMESPACE) {
  const value = useContext(I18nContext);
  if (value === null) throw new Error("useT needs an I18nProvider above it.");
  return { t: value.translators[namespace], i18n: value.i18n, ready: true };
}
