"use client";

import { useCallback, useRef, useState } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { TFunction } from "i18next";
import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/text/language";
import { ComparePanel } from "./compare-panel";
import { useCompareCandidates } from "./use-compare-candidates";

/**
 * The row's single entry point to comparing engines: "Compare with…" opens the comparison
 * below the row's actions. Self-contained, so it can move into the row's menu as one item.
 */
export function CompareButton({
  index,
  paragraph,
  translation,
  source,
  target,
  onSaveRevision,
  className,
  t,
}: {
  index: number;
  paragraph: ApiParagraph;
  translation: string;
  source: LanguageCode;
  target: LanguageCode;
  /** Saves a correction of this row (the reader's own save, author = the engine's id). */
  onSaveRevision: (index: number, text: string, author: string | null) => Promise<unknown>;
  className?: string;
  /**
   * The reader's translation function: rows take it from the reader rather than subscribing
   * each to i18next (see ParagraphRow). The panel, open on one row at most, subscribes itself.
   */
  t: TFunction;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onUse = useCallback(
    async (text: string, engine: string) => {
      await onSaveRevision(index, text, engine);
    },
    [index, onSaveRevision],
  );
  return (
    <>
      <button
        ref={button}
        type="button"
        tabIndex={-1}
        data-roving=""
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className={className}
      >
        {t("compare.open", { ns: "checks" })}
      </button>
      {open && (
        <CompareCandidates
          paragraph={paragraph}
          translation={translation}
          source={source}
          target={target}
          onUse={onUse}
          onClose={close}
        />
      )}
    </>
  );
}

/** Waits for the engine list, then offers the comparison or says there is nothing to compare. */
function CompareCandidates(props: Omit<React.ComponentProps<typeof ComparePanel>, "candidates">) {
  const { t } = useT("checks");
  const candidates = useCompareCandidates(props.paragraph.engine, props.source, props.target);
  if (candidates === undefined) return null;
  if (candidates.length === 0)
    return (
      <p role="status" className="w-full basis-full text-sm">
        {t("compare.noOther")}
      </p>
    );
  return <ComparePanel {...props} candidates={candidates} />;
}
