"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  saveDocument,
  saveDocumentSummary,
  type TranslateInput,
} from "@/lib/api-client/api-client";
import type { ApiSummary } from "@/lib/api/wire-types";
import type { SaveState } from "@/components/documents/document-bar";
import { rememberDocument } from "@/lib/documents/recent-documents";
import { useT } from "@/lib/i18n/client";
import { afterNextPaint } from "./after-paint";
import { forgetDraft } from "./draft-storage";
import { replaceReaderAddress } from "./use-reading-history";
import {
  documentFingerprint,
  summaryQueryOptions,
  translationQueryKey,
  type TranslationState,
} from "@/lib/query/translation-queries";
import type { ArticleDetails } from "./reader-types";

/**
 * Saves a finished translation once, turns the address into its permalink, and saves the
 * summary beside it when that arrives later. `save` saves again on request after a failure.
 */
export function useAutoSave({
  input,
  details,
  paragraphStarts = null,
  savedId,
  done,
  arrived,
  summary,
  keepInBrowser = false,
}: {
  input: TranslateInput;
  details: ArticleDetails | null;
  /** One per row: false where a row continues the article's paragraph before it. */
  paragraphStarts?: boolean[] | null;
  savedId: string | null;
  done: boolean;
  arrived: number;
  summary: ApiSummary | undefined;
  /** "Don't save this article": nothing is saved, so there is no permalink. */
  keepInBrowser?: boolean;
}) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [saveState, setSaveState] = useState<SaveState>(
    savedId ? { status: "saved", id: savedId } : { status: "unsaved" },
  );
  const documentId = saveState.status === "saved" ? saveState.id : null;
  const saveStarted = useRef(savedId !== null);
  // The summary the saved document holds: the one it was opened with, or the last one sent.
  const savedSummary = useRef<ApiSummary | undefined | null>(savedId !== null ? summary : null);

  const save = useCallback(async () => {
    const current = queryClient.getQueryData<TranslationState>(translationQueryKey(input));
    if (!current) return;
    saveStarted.current = true;
    setSaveState({ status: "saving" });
    const summaryData = queryClient.getQueryData<ApiSummary>(
      summaryQueryOptions(input, [], true).queryKey,
    );
    try {
      const saved = await saveDocument({
        title: details?.title ?? null,
        byline: details?.byline ?? null,
        sourceUrl: details?.sourceUrl ?? null,
        source: input.source,
        target: input.target,
        engine: input.engine,
        paragraphs: input.paragraphs.map((text, index) => {
          const paragraph = current.paragraphs[index];
          return {
            source: paragraph?.source ?? text,
            translation: paragraph?.translation ?? null,
            engine: paragraph?.engine ?? input.engine,
            fallback: paragraph?.fallback === true,
            continues: index > 0 && paragraphStarts?.[index] === false,
            sentences: paragraph?.sentences ?? [],
          };
        }),
        summary: summaryData ? { method: summaryData.method, bullets: summaryData.bullets } : null,
      });
      savedSummary.current = summaryData ?? null;
      setSaveState({ status: "saved", id: saved.id });
      // The address becomes the permalink, so reloading or sharing the tab keeps the document.
      replaceReaderAddress(saved.url);
      // The permalink now keeps the text; the tab's draft copy is no longer needed.
      forgetDraft();
      rememberDocument({
        id: saved.id,
        contentKey: `${input.source}-${input.target}-${documentFingerprint(input.paragraphs)}`,
        title: details?.title ?? (input.paragraphs[0] ?? "").slice(0, 120),
        source: input.source,
        target: input.target,
        savedAt: new Date().toISOString(),
        editKey: saved.editKey,
      });
    } catch (error) {
      setSaveState({ status: "failed", message: (error as Error).message || t("errors.generic") });
    }
  }, [details, input, paragraphStarts, queryClient, t]);

  useEffect(() => {
    if (!done || saveStarted.current || arrived === 0 || keepInBrowser) return;
    // Saving serialises the whole article and sends it: it waits until the frame showing the
    // last rows is painted, so they are not held back by it.
    return afterNextPaint(() => {
      if (!saveStarted.current) void save();
    });
  }, [arrived, done, save, keepInBrowser]);

  useEffect(() => {
    if (documentId === null || !summary || summary === savedSummary.current) return;
    // A permalink opened without a summary keeps the one made for it; a correction's refreshed
    // summary replaces the saved one.
    savedSummary.current = summary;
    // Losing the summary copy is harmless: the permalink page then makes it again.
    void saveDocumentSummary(documentId, summary).catch(() => undefined);
  }, [documentId, summary]);

  return { saveState, documentId, save };
}
