import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { LanguageSwitch } from "./language-switch";

/**
 * The site header, rendered on the server in the interface language: only the language switch
 * is client code, so a page pays for no i18next to show it.
 */
export async function SiteHeader() {
  const { t, language } = await getT();
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-950/90">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        {t("header.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">
            <Link href="/" className="hover:underline">
              {t("appName")}
            </Link>
          </h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("tagline")}</p>
        </div>
        <LanguageSwitch current={language} label={t("header.uiLanguage")} />
      </div>
    </header>
  );
}
