import "server-only";

import { createInstance, type i18n } from "i18next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { i18nOptions, resolveUiLanguage, UI_LANGUAGE_COOKIE, type UiLanguage } from "./settings";

/**
 * The interface language of the current request, from the cookie or Accept-Language; worked
 * out once per server render (layout, header, metadata and page all ask).
 */
export const getUiLanguage = cache(async (): Promise<UiLanguage> => {
  const cookieStore = await cookies();
  const headerStore = await headers();
  return resolveUiLanguage(
    cookieStore.get(UI_LANGUAGE_COOKIE)?.value,
    headerStore.get("accept-language"),
  );
});

// One initialised instance per interface language for the life of the process: the strings are
// fixed at build time, and initialising i18next on every request was a measurable share of
// each page's server time. Callers only read from it (getFixedT), never change its language.
const instances = new Map<UiLanguage, Promise<i18n>>();

function instanceFor(language: UiLanguage): Promise<i18n> {
  let instance = instances.get(language);
  if (instance === undefined) {
    const created = createInstance();
    instance = created.init(i18nOptions(language)).then(() => created);
    instances.set(language, instance);
  }
  return instance;
}

/** A translation function for server components, bound to the request's interface language. */
export async function getT(namespace = "common") {
  const language = await getUiLanguage();
  const instance = await instanceFor(language);
  return { t: instance.getFixedT(language, namespace), language, i18n: instance };
}
