import "server-only";

import { createInstance } from "i18next";
import { cookies, headers } from "next/headers";
import { i18nOptions, resolveUiLanguage, UI_LANGUAGE_COOKIE, type UiLanguage } from "./settings";

/** The interface language of the current request, from the cookie or Accept-Language. */
export async function getUiLanguage(): Promise<UiLanguage> {
  const cookieStore = await cookies();
  const headerStore = await headers();
  return resolveUiLanguage(
    cookieStore.get(UI_LANGUAGE_COOKIE)?.value,
    headerStore.get("accept-language"),
  );
}

/** A translation function for server components, bound to the request's interface language. */
export async function getT(namespace = "common") {
  const language = await getUiLanguage();
  const instance = createInstance();
  await instance.init(i18nOptions(language));
  return { t: instance.getFixedT(language, namespace), language, i18n: instance };
}
