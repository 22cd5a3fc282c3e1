"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchUiLanguage, useT } from "@/lib/i18n/client";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";

// Each language is named in itself, so a reader can find theirs whatever the current language.
const NATIVE_NAMES: Record<UiLanguage, string> = { en: "English", hi: "हिंदी" };

export function LanguageSwitch() {
  const { t, i18n } = useT();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const current = i18n.language as UiLanguage;

  const choose = (language: UiLanguage) => {
    if (language === current) return;
    void switchUiLanguage(i18n, language).then(() => {
      // Server components re-render in the new language from the cookie just set.
      startTransition(() => router.refresh());
    });
  };

  return (
    <div
      role="group"
      aria-label={t("header.uiLanguage")}
      className="flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-600"
    >
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => choose(language)}
          className="rounded-md px-3 py-1 text-sm font-medium aria-pressed:bg-stone-900 aria-pressed:text-white dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          {NATIVE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
