"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import { copyText } from "@/lib/clipboard";
import { paragraphPairText } from "@/lib/documents/paragraph-pair";
import { translationQueryKey, type TranslationState } from "@/lib/query/translation-queries";

/** Copies one paragraph and its translation; resolves false when copying was refused. */
export function usePairCopy(input: TranslateInput) {
  const queryClient = useQueryClient();
  return useCallback(
    (index: number) => {
      const paragraph = queryClient.getQueryData<TranslationState>(translationQueryKey(input))
        ?.paragraphs[index];
      return copyText(
        paragraphPairText(
          paragraph?.source ?? input.paragraphs[index] ?? "",
          paragraph?.translation ?? null,
        ),
      );
    },
    [input, queryClient],
  );
}
