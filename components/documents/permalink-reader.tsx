"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ApiDocument } from "@/lib/api/wire-types";

type TranslatorComponent = ComponentType<{ initialDocument?: ApiDocument }>;

/**
 * The permalink's interactive reader, loaded after the page has painted: until then the
 * server's static rows (`children`) are the page, so the first load carries none of the
 * reader's code and the server renders no client tree. Once loaded, the full reader (flip, views,
 * corrections, summary, copy, export) takes their place with the same document.
 */
export function PermalinkReader({
  document,
  children,
}: {
  document: ApiDocument;
  children: ReactNode;
}) {
  const [Translator, setTranslator] = useState<TranslatorComponent | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/components/reader/translator").then((module) => {
      if (live) setTranslator(() => module.Translator);
    });
    return () => {
      live = false;
    };
  }, []);
  return Translator ? <Translator initialDocument={document} /> : children;
}
