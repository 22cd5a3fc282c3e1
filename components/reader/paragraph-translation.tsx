"use client";

import type { TFunction } from "i18next";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { memoryKey } from "@/lib/text/keys";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import type { RomanizationScheme } from "@/lib/transliteration/hindi-romanization";
import { ParagraphEditor } from "./paragraph-editor";
import { ParagraphSuggestion } from "@/components/documents/paragraph-suggestion";
import { ParagraphHistory } from "./paragraph-history";
import { RowComparison } from "@/components/compare/row-comparison";
import { FactFlag } from "@/components/fact-check/fact-flag";
import { RowMenu, type RowMenuItem } from "./row-menu";
import { RowProvenance } from "./row-provenance";
import type { EngineBadge, SaveRevision } from "./reader-types";
import { SentenceText } from "./sentence-text";

export const TEXT_CLASS = "reader-text row-text";

/**
 * One paragraph's translation as it arrived: the text, where it came from, and its actions.
 * Memoised: a row re-rendering for its original's romanised line or its flip leaves it alone.
 */
export const ParagraphTranslation = memo(function ParagraphTranslation({
  index,
  paragraph,
  translation,
  source,
  target,
  activeSentence,
  onActivate,
  romanization,
  badge,
  showEngine,
  fallback,
  documentId,
  onSaveRevision,
  onCopyPair,
  t,
}: {
  index: number;
  paragraph: ApiParagraph;
  translation: string;
  source: LanguageCode;
  target: LanguageCode;
  activeSentence: number | null;
  onActivate: (sentence: number | null) => void;
  /** The romanised line's scheme for a Hindi translation near the screen, else null. */
  romanization: RomanizationScheme | null;
  badge: EngineBadge | undefined;
  /** Whether this row names its engine: only when it differs from the document's. */
  showEngine: boolean;
  fallback: boolean;
  documentId: string | null;
  onSaveRevision: SaveRevision;
  onCopyPair: (index: number) => Promise<boolean>;
  t: TFunction;
}) {
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [reverting, setReverting] = useState(false);
  const [notice, setNotice] = useState<"conflict" | "pairCopied" | "suggested" | null>(null);
  // Set when the engine's own text was restored: the row then reads as the engine's, not edited.
  // A saved document says so itself on reload (revision.restored); this row's own revert or
  // edit since overrides that.
  const [restoredHere, setRestored] = useState<boolean | null>(null);
  const restored = restoredHere ?? paragraph.revision?.restored === true;
  // The row menu's button: focus goes back to it when the editor the menu opened closes.
  const menuButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    menuButton.current?.focus();
  }, [editing]);
  const closeEditor = useCallback(() => {
    returnFocus.current = true;
    setEditing(false);
  }, []);
  useEffect(() => {
    if (notice !== "pairCopied") return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  const saveRevision = useCallback(
    async (text: string, author: string | null) => {
      const { conflict, suggestion } = await onSaveRevision(index, text, author);
      setRestored(false);
      closeEditor();
      setNotice(conflict ? "conflict" : suggestion ? "suggested" : null);
    },
    [index, onSaveRevision, closeEditor],
  );
  const revert = useCallback(
    (text: string, engineVersion: boolean) => {
      setReverting(true);
      void onSaveRevision(index, text, null)
        .then(({ conflict }) => {
          setRestored(engineVersion);
          setNotice(conflict ? "conflict" : null);
        })
        .catch(() => undefined)
        .finally(() => setReverting(false));
    },
    [index, onSaveRevision],
  );

  // The comparison, like the editor, returns focus to the menu button when it closes.
  const [comparing, setComparing] = useState(false);
  const closeComparison = useCallback(() => {
    setComparing(false);
    menuButton.current?.focus();
  }, []);

  // The row's actions, in menu order. A new action is one more entry here.
  const actions: RowMenuItem[] = [
    { id: "edit", label: t("edit.edit"), onSelect: () => setEditing(true), returnFocus: false },
    {
      id: "history",
      label: historyOpen ? t("edit.hideHistory") : t("edit.history"),
      onSelect: () => setHistoryOpen((value) => !value),
    },
    {
      id: "copy-pair",
      label: t("edit.copyPair"),
      onSelect: () => void onCopyPair(index).then((copied) => copied && setNotice("pairCopied")),
    },
    {
      id: "compare",
      label: t("compare.open", { ns: "checks" }),
      onSelect: () => setComparing((value) => !value),
      returnFocus: false,
    },
  ];

  if (editing)
    return (
      <ParagraphEditor
        number={index + 1}
        initialText={translation}
        language={target}
        onSave={saveRevision}
        onCancel={closeEditor}
        t={t}
      />
    );

  return (
    <>
      <p lang={target} className={TEXT_CLASS}>
        <SentenceText
          text={translation}
          alignments={paragraph.sentences}
          side="target"
          activeSentence={activeSentence}
          onActivate={onActivate}
          counterpart={paragraph.source}
          romanization={romanization}
        />
      </p>
      <RowProvenance
        paragraph={paragraph}
        restored={restored}
        documentId={documentId}
        badge={badge}
        showEngine={showEngine}
        fallback={fallback}
        t={t}
      />
      {paragraph.factIssues && paragraph.factIssues.length > 0 && (
        <FactFlag issues={paragraph.factIssues} source={source} target={target} />
      )}
      <div className="row-actions mt-1 flex flex-wrap items-center gap-1.5">
        <RowMenu
          text={t("edit.actions")}
          label={t("edit.actionsLabel", { number: index + 1 })}
          items={actions}
          buttonRef={menuButton}
        />
        {notice === "pairCopied" && (
          <span role="status" className="text-xs text-emerald-800 dark:text-emerald-300">
            {t("edit.pairCopied")}
          </span>
        )}
      </div>
      {comparing && (
        <RowComparison
          index={index}
          paragraph={paragraph}
          translation={translation}
          source={source}
          target={target}
          onSaveRevision={onSaveRevision}
          onClose={closeComparison}
        />
      )}
      {notice === "conflict" && (
        <p role="status" className="mt-1 text-xs text-amber-900 dark:text-amber-200">
          {t("edit.conflict")}
        </p>
      )}
      {notice === "suggested" && (
        <p role="status" className="mt-1 text-xs text-stone-700 dark:text-stone-300">
          {t("edit.suggestionSaved")}
        </p>
      )}
      {paragraph.suggestion && <ParagraphSuggestion suggestion={paragraph.suggestion} />}
      {historyOpen && documentId !== null && (
        <ParagraphHistory
          documentId={documentId}
          position={index}
          memoryKey={memoryKey(source, target, paragraph.source)}
          language={target}
          currentRevisionId={paragraph.revision?.id ?? null}
          onRevert={revert}
          busy={reverting}
          t={t}
        />
      )}
    </>
  );
});
