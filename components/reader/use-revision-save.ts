"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useLayoutEffect, useRef } from "react";
import { saveRevision, type TranslateInput } from "@/lib/api-client/api-client";
import { checkFacts } from "@/lib/fact-check/fact-check";
import { memoryKey } from "@/lib/text/keys";
import { alignSentences } from "@/lib/translation/align";
import { refreshSummary } from "./refresh-summary";
import type { ApiSummary } from "@/lib/api/wire-types";
import {
  revisionsQueryKey,
  summaryQueryOptions,
  translationQueryKey,
  type TranslationState,
} from "@/lib/query/translation-queries";

/**
 * Saves a correction of one paragraph and shows it at once in every row with the same source
 * text. Resolves with whether the correction raced another one, and whether it was saved as a
 * suggestion (this browser has no edit key for the document) and so changed nothing.
 */
export function useRevisionSave(
  input: TranslateInput,
  documentId: string | null,
  saveFirstMessage: string,
) {
  const queryClient = useQueryClient();
  // Read by the callback, which must stay stable for the memoised rows.
  const documentIdRef = useRef(documentId);
  useLayoutEffect(() => {
    documentIdRef.current = documentId;
  }, [documentId]);

  return useCallback(
    async (index: number, text: string, author: string | null) => {
      const current = queryClient.getQueryData<TranslationState>(translationQueryKey(input));
      const paragraph = current?.paragraphs[index];
      const sourceText = paragraph?.source ?? input.paragraphs[index] ?? "";
      const documentId = documentIdRef.current;
      // Edits belong to a saved document (auto-save runs as soon as the translation is done).
      if (documentId === null) throw new Error(saveFirstMessage);
      const result = await saveRevision({
        source: input.source,
        target: input.target,
        sourceText,
        text,
        previousText: paragraph?.translation ?? null,
        baseRevisionId: paragraph?.revision?.id ?? null,
        author,
        documentId,
        position: index,
      });
      const { revision } = result;
      // Without the edit key the text was proposed, not applied: the paragraph stays as it is.
      if (revision.kind === "suggestion") return { conflict: false, suggestion: true };
      queryClient.setQueryData<TranslationState>(translationQueryKey(input), (state) => {
        if (!state) return state;
        // The correction belongs to the source paragraph, so every copy of it in this article
        // shows it, as every later translation of it will.
        const paragraphs = state.paragraphs.map((item) =>
          item && item.source === sourceText
            ? {
                ...item,
                translation: revision.text,
                fallback: false,
                sentences: alignSentences(sourceText, revision.text, input.source, input.target),
                // A person's text is checked like an engine's: people drop numbers too.
                factIssues: checkFacts({
                  source: sourceText,
                  translation: revision.text,
                  sourceLanguage: input.source,
                  targetLanguage: input.target,
                  glossary: input.glossary ?? [],
                }),
                revision: {
                  id: revision.id,
                  author: revision.author,
                  createdAt: revision.createdAt,
                  documentId: revision.documentId,
                },
              }
            : item,
        );
        // The summary quotes these rows too: its bullets citing them follow the correction,
        // and the saved document gets the new summary (see useAutoSave).
        const changed = new Set<number>();
        paragraphs.forEach((item, position) => {
          if (item?.source === sourceText) changed.add(position);
        });
        queryClient.setQueryData<ApiSummary>(
          summaryQueryOptions(input, [], true).queryKey,
          (summary) => (summary ? refreshSummary(summary, changed, paragraphs) : summary),
        );
        return { ...state, paragraphs };
      });
      void queryClient.invalidateQueries({
        queryKey: revisionsQueryKey(memoryKey(input.source, input.target, sourceText)),
      });
      return { conflict: result.conflict, suggestion: false };
    },
    [input, queryClient, saveFirstMessage],
  );
}
