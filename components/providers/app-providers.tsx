"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import type { UiLanguage } from "@/lib/i18n/settings";
import { getQueryClient } from "@/lib/query/query-client";

export function AppProviders({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
