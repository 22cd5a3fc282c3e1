"use client";

import { useState } from "react";
import { ImportHandOverContext, type ImportHandOver } from "@/components/documents/import-panel";
import { AppProviders } from "@/components/providers/app-providers";
import { Translator, type FormHandOver } from "@/components/reader/translator";
import type { ApiEngines } from "@/lib/api/wire-types";
import type { UiLanguage } from "@/lib/i18n/ui-language";
import { getQueryClient } from "@/lib/query/query-client";
import { engineQueryOptions } from "@/lib/query/translation-queries";

export interface LoadedHomeReaderProps {
  language: UiLanguage;
  /** The engine list the server read for the page, so the reader's picker starts complete. */
  engines: ApiEngines | null;
  handOver: FormHandOver;
  importHandOver: ImportHandOver;
}

/**
 * The reader with its providers, as one lazily loaded piece of the home page (home-reader.tsx):
 * the page's first load needs none of it.
 */
export function LoadedHomeReader({
  language,
  engines,
  handOver,
  importHandOver,
}: LoadedHomeReaderProps) {
  // Seeded once, before the reader's first render, unless the cache already has a list (a
  // return to the home page within the visit): the picker shows the form's options at once.
  useState(() => {
    const queryClient = getQueryClient();
    const { queryKey } = engineQueryOptions();
    if (engines && queryClient.getQueryData(queryKey) === undefined)
      queryClient.setQueryData(queryKey, engines);
  });
  const [importStart] = useState(importHandOver);
  return (
    <AppProviders language={language}>
      <ImportHandOverContext.Provider value={importStart}>
        <Translator handOver={handOver} />
      </ImportHandOverContext.Provider>
    </AppProviders>
  );
}
