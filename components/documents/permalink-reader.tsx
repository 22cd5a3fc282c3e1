"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ApiDocument } from "@/lib/api/wire-types";
import type { UiLanguage } from "@/lib/i18n/settings";

type LoadedReader = ComponentType<{ document: ApiDocument; language: UiLanguage }>;

interface Loaded {
  Reader: LoadedReader;
  document: ApiDocument;
}

/** The saved document as the API gives it (with corrections), or null when it cannot. */
async function fetchSavedDocument(id: string): Promise<ApiDocument | null> {
  try {
    // The API client is imported here, not at the top: it comes with the reader's code, so the
    // page's first load stays without it.
    const { fetchDocument } = await import("@/lib/api-client/api-client");
    return await fetchDocument(id);
  } catch {
    return null;
  }
}

/**
 * The permalink's interactive reader, loaded after the page has painted: until then the
 * server's static rows (`children`) are the page, so the first load carries none of the
 * reader's code, nor i18next or TanStack Query (its providers come with it), and the server
 * renders no client tree. The reader's code and the document (from the API, not from this
 * page's props, which would put the whole document in the page's payload once more) are
 * fetched side by side; once both are there the full reader (flip, views, corrections,
 * summary, copy, export) takes the static rows' place. If the document cannot be fetched, the
 * static rows stay: the page is still readable.
 */
export function PermalinkReader({
  id,
  language,
  children,
}: {
  id: string;
  language: UiLanguage;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import("./loaded-reader"), fetchSavedDocument(id)]).then(
      ([module, document]) => {
        if (live && document) setLoaded({ Reader: module.LoadedReader, document });
      },
    );
    return () => {
      live = false;
    };
  }, [id]);
  return loaded ? <loaded.Reader document={loaded.document} language={language} /> : children;
}
