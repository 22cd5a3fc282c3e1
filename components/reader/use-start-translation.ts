"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import type { ParagraphRange } from "@/lib/api-client/stream-article";
import type { ApiLimits } from "@/lib/api/wire-types";
import { withGlossary } from "@/components/glossary/use-glossary-input";
import { readReaderGlossary } from "@/lib/glossary/reader-glossary";
import { translationQueryOptions } from "@/lib/query/translation-queries";

/**
 * Starts an article's translation from the click that asks for it, before React renders the
 * reader: rendering and laying out a long article's rows used to come first (the query starts
 * when the reader mounts), and the request waited on it. The reader's own query then finds the
 * stream already under way under the same key. `onScreen` names the rows the reader can see at
 * the click (re-translating an article being read); a new article opens at its top, so it is
 * asked for in document order, which is then the order of the screen.
 */
export function useStartTranslation(limits: ApiLimits | undefined) {
  const queryClient = useQueryClient();
  return useCallback(
    (input: TranslateInput, onScreen?: () => ParagraphRange | undefined) => {
      void queryClient.prefetchQuery(
        translationQueryOptions(withGlossary(input, readReaderGlossary()), limits, onScreen),
      );
    },
    [queryClient, limits],
  );
}
