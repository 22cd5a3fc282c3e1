"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { translateParagraphs, type TranslateInput } from "@/lib/api-client/api-client";
import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import { useT } from "@/lib/i18n/client";
import { translationQueryKey, type TranslationState } from "@/lib/query/translation-queries";

/** Translates one failed or missing paragraph again, alone, and puts the result in its row. */
export function useParagraphRetry(input: TranslateInput) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [retrying, setRetrying] = useState<ReadonlySet<number>>(() => new Set());

  const retry = useCallback(
    async (index: number) => {
      const text = input.paragraphs[index];
      if (text === undefined) return;
      setRetrying((current) => new Set(current).add(index));
      try {
        const single = { ...input, paragraphs: [text] };
        const [result] = isBrowserEngine(input.engine)
          ? await (await import("@/lib/api-client/browser-translation")).translateInBrowser(single)
          : await translateParagraphs(single);
        if (result) {
          queryClient.setQueryData<TranslationState>(translationQueryKey(input), (current) => {
            if (!current) return current;
            const paragraphs = current.paragraphs.slice();
            paragraphs[index] = { ...result, index };
            return { ...current, paragraphs };
          });
        }
      } catch (error) {
        queryClient.setQueryData<TranslationState>(translationQueryKey(input), (current) => {
          if (!current) return current;
          const paragraphs = current.paragraphs.slice();
          paragraphs[index] = {
            index,
            source: text,
            translation: null,
            engine: input.engine,
            cached: false,
            sentences: [],
            error: {
              code: "retry_failed",
              message: (error as Error).message || t("errors.generic"),
            },
          };
          return { ...current, paragraphs };
        });
      } finally {
        setRetrying((current) => {
          const next = new Set(current);
          next.delete(index);
          return next;
        });
      }
    },
    [input, queryClient, t],
  );
  const onRetry = useCallback((index: number) => void retry(index), [retry]);
  return { retrying, onRetry };
}
