"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { rememberUiLanguage, UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/ui-language";

// Each language is named in itself, so a reader can find theirs whatever the current language.
const NATIVE_NAMES: Record<UiLanguage, string> = { en: "English", hi: "हिंदी" };

/**
 * The interface language buttons. The strings are the server's: choosing a language sets the
 * cookie and refreshes the page's server components, which render in it (and hand the reader's
 * i18next the new language). No i18next here, so pages without the reader do not load it.
 */
export function LanguageSwitch({ current, label }: { current: UiLanguage; label: string }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  // The chosen button is pressed at once; the strings follow when the refresh arrives.
  const [chosen, setChosen] = useState(current);
  const [rendered, setRendered] = useState(current);
  if (rendered !== current) {
    setRendered(current);
    setChosen(current);
  }

  const choose = (language: UiLanguage) => {
    if (language === chosen) return;
    setChosen(language);
    rememberUiLanguage(language);
    startTransition(() => router.refresh());
  };

  return (
    <div
      role="group"
      aria-label={label}
      className="flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-600"
    >
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === chosen}
          onClick={() => choose(language)}
          className="rounded-md px-3 py-1 text-sm font-medium aria-pressed:bg-stone-900 aria-pressed:text-white dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          {NATIVE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
