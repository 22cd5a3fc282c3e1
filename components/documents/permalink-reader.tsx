"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ApiDocument } from "@/lib/api/wire-types";
import type { UiLanguage } from "@/lib/i18n/settings";

type LoadedReader = ComponentType<{ document: ApiDocument; language: UiLanguage }>;

/**
 * The permalink's interactive reader, loaded after the page has painted: until then the
 * server's static rows (`children`) are the page, so the first load carries none of the
 * reader's code, nor i18next or TanStack Query (its providers come with it), and the server
 * renders no client tree. Once loaded, the full reader (flip, views, corrections, summary, copy,
 * export) takes their place with the same document.
 */
export function PermalinkReader({
  document,
  language,
  children,
}: {
  document: ApiDocument;
  language: UiLanguage;
  children: ReactNode;
}) {
  const [Reader, setReader] = useState<LoadedReader | null>(null);
  useEffect(() => {
    let live = true;
    void import("./loaded-reader").then((module) => {
      if (live) setReader(() => module.LoadedReader);
    });
    return () => {
      live = false;
    };
  }, []);
  return Reader ? <Reader document={document} language={language} /> : children;
}
