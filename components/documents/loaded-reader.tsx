"use client";

import { AppProviders } from "@/components/providers/app-providers";
import { Translator } from "@/components/reader/translator";
import type { ApiDocument } from "@/lib/api/wire-types";
import type { UiLanguage } from "@/lib/i18n/settings";

/**
 * The reader with its providers, as one lazily loaded piece of the permalink page
 * (permalink-reader.tsx): the page's first load needs none of it.
 */
export function LoadedReader({
  document,
  language,
}: {
  document: ApiDocument;
  language: UiLanguage;
}) {
  return (
    <AppProviders language={language}>
      <Translator initialDocument={document} />
    </AppProviders>
  );
}
