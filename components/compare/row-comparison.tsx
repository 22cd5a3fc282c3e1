"use client";

import { useCallback, useEffect, useRef } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/text/language";
import { ComparePanel } from "./compare-panel";
import { useCompareCandidates } from "./use-compare-candidates";

/**
 * A row's comparison with another engine, opened from the row's menu ("Compare with…"): it
 * waits for the engine list, then offers the comparison or says there is nothing to compare.
 * "Use this one" saves the other engine's text as a correction whose author is that engine.
 */
export function RowComparison({
  index,
  paragraph,
  translation,
  source,
  target,
  onSaveRevision,
  onClose,
}: {
  index: number;
  paragraph: ApiParagraph;
  translation: string;
  source: LanguageCode;
  target: LanguageCode;
  /** Saves a correction of this row (the reader's own save, author = the engine's id). */
  onSaveRevision: (index: number, text: string, author: string | null) => Promise<unknown>;
  /** Closes the comparison; the row returns focus to its menu button. */
  onClose: () => void;
}) {
  const { t } = useT("checks");
  const candidates = useCompareCandidates(paragraph.engine, source, target);
  const onUse = useCallback(
    async (text: string, engine: string) => {
      await onSaveRevision(index, text, engine);
    },
    [index, onSaveRevision],
  );
  // The row's menu closed without returning focus, expecting the panel to take it. With nothing
  // to compare there is no panel, so the message takes focus instead and is read out. Only when
  // focus was lost with the menu: the engine list may arrive after the reader has moved on.
  const nothingToCompare = candidates !== undefined && candidates.length === 0;
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!nothingToCompare) return;
    const active = document.activeElement;
    if (active === null || active === document.body) message.current?.focus();
  }, [nothingToCompare]);
  if (candidates === undefined) return null;
  if (nothingToCompare)
    return (
      <p ref={message} role="status" tabIndex={-1} className="w-full basis-full text-sm">
        {t("compare.noOther")}
      </p>
    );
  return (
    <ComparePanel
      paragraph={paragraph}
      translation={translation}
      source={source}
      target={target}
      onUse={onUse}
      onClose={onClose}
      candidates={candidates}
    />
  );
}
