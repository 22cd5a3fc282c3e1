"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/client";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const { t } = useT();
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
        <LanguageSwitch />
      </div>
    </header>
  );
}
