"use client";

import type { TFunction } from "i18next";
import { useCallback, useEffect, useState } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { memoryKey } from "@/lib/text/keys";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import { ParagraphEditor } from "./paragraph-editor";
import { ParagraphSuggestion } from "@/components/documents/paragraph-suggestion";
import { ParagraphHistory } from "./paragraph-history";
import type { EngineBadge } from "./reader-types";
import { SentenceText } from "./sentence-text";

export const TEXT_CLASS = "reader-text whitespace-pre-wrap break-words leading-relaxed";
const ACTION =
  "rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800";

/** One paragraph's translation as it arrived: the text, where it came from, and its actions. */
export function ParagraphTranslation({
  index,
  paragraph,
  translation,
  source,
  target,
  activeSentence,
  onActivate,
  badge,
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
  badge: EngineBadge | undefined;
  fallback: boolean;
  documentId: string | null;
  onSaveRevision: (
    index: number,
    text: string,
    author: string | null,
  ) => Promise<{ conflict: boolean; suggestion: boolean }>;
  onCopyPair: (index: number) => Promise<boolean>;
  t: TFunction;
}) {
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [reverting, setReverting] = useState(false);
  const [notice, setNotice] = useState<"conflict" | "pairCopied" | "suggested" | null>(null);
  useEffect(() => {
    if (notice !== "pairCopied") return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  const saveRevision = useCallback(
    async (text: string, author: string | null) => {
      const { conflict, suggestion } = await onSaveRevision(index, text, author);
      setEditing(false);
      setNotice(conflict ? "conflict" : suggestion ? "suggested" : null);
    },
    [index, onSaveRevision],
  );
  const revert = useCallback(
    (text: string) => {
      setReverting(true);
      void saveRevision(text, null)
        .catch(() => undefined)
        .finally(() => setReverting(false));
    },
    [saveRevision],
  );

  if (editing)
    return (
      <ParagraphEditor
        number={index + 1}
        initialText={translation}
        language={target}
        onSave={saveRevision}
        onCancel={() => setEditing(false)}
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
        />
      </p>
      {paragraph.revision ? (
        <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
          <span className="rounded border border-emerald-700 px-1 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
            {paragraph.revision.documentId !== null && paragraph.revision.documentId === documentId
              ? t("edit.edited")
              : t("edit.fromMemory")}
          </span>
          {paragraph.revision.author && (
            <span>{t("edit.editedBy", { author: paragraph.revision.author })}</span>
          )}
        </p>
      ) : (
        badge && (
          <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
            <span>{t("reader.producedBy", { engine: badge.label })}</span>
            {badge.draft && (
              <span className="rounded border border-dashed border-amber-700 px-1 text-amber-800 dark:border-amber-400 dark:text-amber-300">
                {t("reader.draftWarning")}
              </span>
            )}
            {fallback && (
              <span className="rounded border border-red-700 px-1 text-red-800 dark:border-red-400 dark:text-red-300">
                {t("reader.fallbackWarning")}
              </span>
            )}
            {paragraph.cached && <span>· {t("reader.fromCache")}</span>}
          </p>
        )
      )}
      <div className="mt-1 flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          aria-expanded={editing}
          onClick={() => setEditing((value) => !value)}
          className={ACTION}
        >
          {t("edit.edit")}
        </button>
        <button
          type="button"
          aria-expanded={historyOpen}
          onClick={() => setHistoryOpen((value) => !value)}
          className={ACTION}
        >
          {historyOpen ? t("edit.hideHistory") : t("edit.history")}
        </button>
        <button
          type="button"
          onClick={() => void onCopyPair(index).then((copied) => copied && setNotice("pairCopied"))}
          className={ACTION}
        >
          {t("edit.copyPair")}
        </button>
        {notice === "pairCopied" && (
          <span role="status" className="text-xs text-emerald-800 dark:text-emerald-300">
            {t("edit.pairCopied")}
          </span>
        )}
      </div>
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
}
