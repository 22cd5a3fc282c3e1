"use client";

import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { rememberTranslations } from "./remembered-translations";
import { i18nOptions, type UiLanguage } from "./settings";

export function createClientI18n(language: UiLanguage): I18n {
  const instance = createInstance();
  // Synchronous (initImmediate: false, resources in the bundle): ready before the first render.
  void instance.init(i18nOptions(language));
  return instance;
}

const I18nContext = createContext<I18n | null>(null);

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
  const instance = useMemo(() => createClientI18n(language), [language]);
  return <I18nContext.Provider value={instance}>{children}</I18nContext.Provider>;
}

const translators = new WeakMap<I18n, Map<string, TFunction>>();

/** One remembering `t` per instance and namespace, shared by every component that asks. */
function translatorFor(i18n: I18n, namespace: string): TFunction {
  let byNamespace = translators.get(i18n);
  if (byNamespace === undefined) {
    byNamespace = new Map();
    translators.set(i18n, byNamespace);
  }
  let t = byNamespace.get(namespace);
  if (t === undefined) {
    t = rememberTranslations(i18n.getFixedT(null, namespace));
    byNamespace.set(namespace, t);
  }
  return t;
}

/**
 * The client-side translation hook: the provider's instance and a `t` that remembers answers
 * (remembered-translations.ts). It reads a context and nothing else. react-i18next's
 * useTranslation did more in each of the reader's 30-odd components (namespace checks, a `t`
 * per component, language and store listeners subscribed on mount), and the click on
 * Translate mounts most of them at once.
 */
export function useT(namespace = "common") {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error("useT needs an I18nProvider above it.");
  return { t: translatorFor(i18n, namespace), i18n, ready: true };
}
