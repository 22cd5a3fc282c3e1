"use client";

import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { memoryKey } from "@/lib/text/keys";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { TFunction } from "i18next";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import type { EngineBadge, ViewMode } from "./reader-types";
import { ParagraphEditor } from "./paragraph-editor";
import { ParagraphSuggestion } from "@/components/documents/paragraph-suggestion";
import { ParagraphHistory } from "./paragraph-history";
import { SentenceText } from "./sentence-text";

export interface ParagraphRowProps {
  index: number;
  /** The source text, known before the translation arrives. */
  sourceText: string;
  paragraph: ApiParagraph | undefined;
  source: LanguageCode;
  target: LanguageCode;
  mode: ViewMode;
  swapped: boolean;
  activeSentence: number | null;
  highlighted: boolean;
  interrupted: boolean;
  retrying: boolean;
  badge: EngineBadge | undefined;
  fallback: boolean;
  onActivateSentence: (index: number, sentence: number | null) => void;
  onRetry: (index: number) => void;
  /** The saved document this row belongs to, once it is saved. */
  documentId: string | null;
  /** Saves a correction of this row's translation; resolves with whether it raced another. */
  onSaveRevision: (
    index: number,
    text: string,
    author: string | null,
  ) => Promise<{ conflict: boolean; suggestion: boolean }>;
  /** Copies the source paragraph and its translation; resolves false when copying was refused. */
  onCopyPair: (index: number) => Promise<boolean>;
  /**
   * The reader's translation function, passed down rather than taken from useT in every row:
   * one i18next subscription per row is measurable work with hundreds of paragraphs.
   */
  t: TFunction;
}

const TEXT_CLASS = "reader-text whitespace-pre-wrap break-words leading-relaxed";
const ACTION =
  "rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800";

function ParagraphRowInner(props: ParagraphRowProps) {
  const { t } = props;
  const { index, paragraph, source, target, mode, swapped, onActivateSentence, onRetry } = props;
  // Each row keeps its own flip, so toggling one paragraph re-renders that row and nothing
  // else; the global control changes the mode, and each row's flip stays relative to it.
  const [flipped, setFlipped] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);
  const anchorTop = useRef<number | null>(null);
  const toggle = useCallback(() => {
    anchorTop.current = rowRef.current?.getBoundingClientRect().top ?? null;
    setFlipped((value) => !value);
  }, []);
  // The row may change height when it flips; scroll so its top stays where the reader saw it.
  useLayoutEffect(() => {
    const before = anchorTop.current;
    anchorTop.current = null;
    if (before === null || !rowRef.current) return;
    const delta = rowRef.current.getBoundingClientRect().top - before;
    if (delta !== 0) window.scrollBy(0, delta);
  }, [flipped]);
  const activate = useCallback(
    (sentence: number | null) => onActivateSentence(index, sentence),
    [index, onActivateSentence],
  );
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [reverting, setReverting] = useState(false);
  const [notice, setNotice] = useState<"conflict" | "pairCopied" | "suggested" | null>(null);
  useEffect(() => {
    if (notice !== "pairCopied") return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  const { onSaveRevision, onCopyPair } = props;
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
  const alignments = paragraph?.sentences ?? [];
  const sourceText = paragraph?.source ?? props.sourceText;

  const original = (
    <div className="min-w-0" key="original">
      <p lang={source} className={TEXT_CLASS}>
        <SentenceText
          text={sourceText}
          alignments={alignments}
          side="source"
          activeSentence={props.activeSentence}
          onActivate={activate}
        />
      </p>
    </div>
  );

  let translationBody: React.ReactNode;
  if (paragraph?.translation !== undefined && paragraph.translation !== null && editing) {
    translationBody = (
      <ParagraphEditor
        number={index + 1}
        initialText={paragraph.translation}
        language={target}
        onSave={saveRevision}
        onCancel={() => setEditing(false)}
        t={t}
      />
    );
  } else if (paragraph?.translation !== undefined && paragraph.translation !== null) {
    translationBody = (
      <>
        <p lang={target} className={TEXT_CLASS}>
          <SentenceText
            text={paragraph.translation}
            alignments={alignments}
            side="target"
            activeSentence={props.activeSentence}
            onActivate={activate}
          />
        </p>
        {paragraph.revision ? (
          <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
            <span className="rounded border border-emerald-700 px-1 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300">
              {paragraph.revision.documentId !== null &&
              paragraph.revision.documentId === props.documentId
                ? t("edit.edited")
                : t("edit.fromMemory")}
            </span>
            {paragraph.revision.author && (
              <span>{t("edit.editedBy", { author: paragraph.revision.author })}</span>
            )}
          </p>
        ) : (
          props.badge && (
            <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
              <span>{t("reader.producedBy", { engine: props.badge.label })}</span>
              {props.badge.draft && (
                <span className="rounded border border-dashed border-amber-700 px-1 text-amber-800 dark:border-amber-400 dark:text-amber-300">
                  {t("reader.draftWarning")}
                </span>
              )}
              {props.fallback && (
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
            onClick={() =>
              void onCopyPair(index).then((copied) => copied && setNotice("pairCopied"))
            }
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
        {historyOpen && props.documentId !== null && (
          <ParagraphHistory
            documentId={props.documentId}
            position={index}
            memoryKey={memoryKey(source, target, sourceText)}
            language={target}
            currentRevisionId={paragraph.revision?.id ?? null}
            onRevert={revert}
            busy={reverting}
            t={t}
          />
        )}
      </>
    );
  } else if (paragraph?.error || props.interrupted) {
    translationBody = (
      <div
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p>
          {paragraph?.error
            ? t("reader.failed", { message: paragraph.error.message })
            : t("reader.interrupted")}
        </p>
        <button
          type="button"
          onClick={() => onRetry(index)}
          disabled={props.retrying}
          className="mt-2 rounded-md bg-red-800 px-3 py-1 font-medium text-white hover:bg-red-900 disabled:opacity-60"
        >
          {props.retrying ? t("reader.retrying") : t("reader.retry")}
        </button>
      </div>
    );
  } else {
    translationBody = (
      <div aria-busy="true" className="space-y-2" lang={target}>
        <span className="sr-only">{t("reader.pending")}</span>
        <div className="h-3 w-11/12 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
        <div className="h-3 w-9/12 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
      </div>
    );
  }
  const translation = (
    <div className="min-w-0" key="translation">
      {translationBody}
    </div>
  );

  const single = mode === "original" || mode === "translation";
  const showingTranslation = (mode === "translation") !== flipped;
  let cells: React.ReactNode[];
  let layout: string;
  if (single) {
    cells = [showingTranslation ? translation : original];
    layout = "grid-cols-1";
  } else {
    cells = swapped ? [translation, original] : [original, translation];
    // Side by side collapses to one column (interleaved) on narrow screens.
    layout = mode === "side-by-side" ? "grid-cols-1 md:grid-cols-2" : "grid-cols-1";
  }
  const otherLanguage = showingTranslation ? source : target;

  return (
    <div
      ref={rowRef}
      id={`p-${index}`}
      role="group"
      aria-label={t("reader.paragraphLabel", { number: index + 1 })}
      data-paragraph-index={index}
      tabIndex={-1}
      className={`paragraph-row scroll-mt-24 rounded-lg px-3 py-3 outline-none transition-colors focus-visible:ring-2 focus-visible:ring-sky-600 ${
        props.highlighted ? "bg-sky-100 ring-2 ring-sky-500 dark:bg-sky-950" : ""
      }`}
    >
      <div className={`grid items-start gap-x-8 gap-y-3 ${layout}`}>{cells}</div>
      {single && (
        <button
          type="button"
          aria-pressed={flipped}
          onClick={toggle}
          className="mt-2 rounded-md border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          {t("reader.showIn", { language: t(`languages.${otherLanguage}`) })}
        </button>
      )}
    </div>
  );
}

/** One aligned row; memoised so a toggle or highlight re-renders only the rows it touches. */
export const ParagraphRow = memo(ParagraphRowInner);
