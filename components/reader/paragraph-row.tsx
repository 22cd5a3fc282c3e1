"use client";

import { memo, use, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { TFunction } from "i18next";
import type { LanguageCode, SentenceAlignment } from "@/lib/translation/engine-spec";
import type { EngineBadge, SaveRevision } from "./reader-types";
import { ParagraphTranslation, TEXT_CLASS } from "./paragraph-translation";
import { RomanizationContext } from "@/components/reading-aids/reading-aids-context";
import { RowReadAloud } from "@/components/reading-aids/row-read-aloud";
import { hasDevanagari } from "@/lib/transliteration/hindi-romanization";
import { FlipResetsContext } from "./flip-resets";
import { FlipButton } from "./row-view";
import { RowPresenceContext, useRowPresence } from "./row-presence";
import { SentenceText } from "./sentence-text";
import { useRovingFocus } from "./use-roving-focus";

export interface ParagraphRowProps {
  index: number;
  /** The row's name ("Paragraph 12"), made by the list from one lookup for all its rows. */
  label: string;
  /** The source text, known before the translation arrives. */
  sourceText: string;
  paragraph: ApiParagraph | undefined;
  source: LanguageCode;
  target: LanguageCode;
  activeSentence: number | null;
  highlighted: boolean;
  interrupted: boolean;
  /** The whole request was refused: nothing is coming, and the reader said why once. */
  unavailable: boolean;
  retrying: boolean;
  badge: EngineBadge | undefined;
  /** Whether the row names its engine: only when it differs from the document's. */
  showEngine: boolean;
  fallback: boolean;
  onActivateSentence: (index: number, sentence: number | null) => void;
  onRetry: (index: number) => void;
  /** The saved document this row belongs to, once it is saved. */
  documentId: string | null;
  /** Saves a correction of this row's translation; resolves with whether it raced another. */
  onSaveRevision: SaveRevision;
  /** Copies the source paragraph and its translation; resolves false when copying was refused. */
  onCopyPair: (index: number) => Promise<boolean>;
  /**
   * The reader's translation function, passed down rather than taken from useT in every row:
   * one i18next subscription per row is measurable work with hundreds of paragraphs.
   */
  t: TFunction;
}

// Short names for the styles every row repeats (app/globals.css): a long article's rows are
// written as HTML, where each class name is parsed and matched once per row.
export const ROW_CLASS = "paragraph-row reader-row";
/** One empty list for rows still waiting, so their memoised sentences see equal props. */
const NO_ALIGNMENTS: readonly SentenceAlignment[] = [];
const HIGHLIGHTED_CLASS = "bg-sky-100 ring-2 ring-sky-500 dark:bg-sky-950";
/** "Not translated yet." in place of a translation, in a row near or far. */
export const NOTICE_CLASS = "text-sm text-stone-600 italic dark:text-stone-400";

/**
 * What a row's outer element carries whether it renders in full or as plain text (far from the
 * screen): the deep link's id, the row's name, and the attributes the views' CSS reads.
 */
function rowFrame(index: number, flipped: boolean, label: string) {
  return {
    id: `p-${index}`,
    role: "group",
    "aria-label": label,
    "data-paragraph-index": index,
    "data-flipped": flipped ? "" : undefined,
  };
}

function ParagraphRowInner(props: ParagraphRowProps) {
  const { t } = props;
  const { index, paragraph, source, target, onActivateSentence, onRetry } = props;
  // Each row keeps its own flip, so toggling one paragraph re-renders that row and nothing
  // else; the global control changes the mode (CSS on the container, reader-views.css) and
  // unflips the flipped rows, which register for that while flipped.
  const [flipped, setFlipped] = useState(false);
  const flipResets = use(FlipResetsContext);
  useEffect(() => {
    if (!flipped) return;
    return flipResets.add(() => setFlipped(false));
  }, [flipped, flipResets]);
  const {
    containerRef: rowRef,
    onFocus: onRowFocus,
    onKeyDown: onRowKeyDown,
  } = useRovingFocus<HTMLDivElement>();
  const anchorTop = useRef<number | null>(null);
  const toggle = useCallback(() => {
    anchorTop.current = rowRef.current?.getBoundingClientRect().top ?? null;
    setFlipped((value) => !value);
  }, [rowRef]);
  // The row may change height when it flips; scroll so its top stays where the reader saw it.
  useLayoutEffect(() => {
    const before = anchorTop.current;
    anchorTop.current = null;
    if (before === null || !rowRef.current) return;
    const delta = rowRef.current.getBoundingClientRect().top - before;
    if (delta !== 0) window.scrollBy(0, delta);
  }, [flipped, rowRef]);
  const activate = useCallback(
    (sentence: number | null) => onActivateSentence(index, sentence),
    [index, onActivateSentence],
  );
  const alignments = paragraph?.sentences ?? NO_ALIGNMENTS;
  const sourceText = paragraph?.source ?? props.sourceText;
  const presenceStore = use(RowPresenceContext);
  const presence = useRowPresence(index);
  useEffect(() => {
    const row = rowRef.current;
    return row ? presenceStore.observe(index, row) : undefined;
  }, [presenceStore, index, rowRef]);
  // Only rows on or near the screen read the romanised line's setting (`use` may be called
  // conditionally, and a row that did not read it is not re-rendered when it changes): turning
  // the line on romanises a screenful of rows, and the rest as they come near.
  const romanization = presence === "near" ? use(RomanizationContext) : null;
  const translationText = typeof paragraph?.translation === "string" ? paragraph.translation : null;

  if (presence === "far") {
    // Off screen and never near it: plain text in the same cells, so the views' CSS, deep links,
    // find in page and the text's height work as for a full row, at a fraction of its cost.
    // Taking focus (Tab, j/k) makes it a full row at once.
    return (
      <div
        ref={rowRef}
        {...rowFrame(index, flipped, props.label)}
        // The row's one tab stop until it is full (then a sentence or action takes it).
        tabIndex={0}
        onFocus={() => presenceStore.reveal(index)}
        className={`${ROW_CLASS} ${props.highlighted ? HIGHLIGHTED_CLASS : ""}`}
      >
        <div className="row-cells">
          <div className="min-w-0" data-cell="original">
            <p lang={source} className={TEXT_CLASS}>
              {sourceText}
            </p>
          </div>
          <div className="min-w-0" data-cell="translation">
            {translationText !== null ? (
              <p lang={target} className={TEXT_CLASS}>
                {translationText}
              </p>
            ) : paragraph?.error || props.interrupted || props.unavailable ? (
              <p className={NOTICE_CLASS}>{t("reader.notTranslated")}</p>
            ) : (
              <div aria-busy="true" lang={target}>
                <span className="sr-only">{t("reader.pending")}</span>
              </div>
            )}
          </div>
        </div>
        {/* The toggle a one-language view shows, so a far row is the height of a full one
          there. In the same place among the row's children as in a full row (null stands for
          the read-aloud buttons), so the button survives the row turning full as it is clicked. */}
        {null}
        <FlipButton flipped={flipped} onToggle={toggle} source={source} target={target} t={t} />
      </div>
    );
  }

  const original = (
    <div className="min-w-0" data-cell="original">
      <p lang={source} className={TEXT_CLASS}>
        <SentenceText
          text={sourceText}
          alignments={alignments}
          side="source"
          activeSentence={props.activeSentence}
          onActivate={activate}
          romanization={romanization}
        />
      </p>
    </div>
  );

  let translationBody: React.ReactNode;
  if (typeof paragraph?.translation === "string") {
    translationBody = (
      <ParagraphTranslation
        index={index}
        paragraph={paragraph}
        translation={paragraph.translation}
        source={source}
        target={target}
        activeSentence={props.activeSentence}
        onActivate={activate}
        // Only a Hindi translation (English → Hindi) has a romanised line.
        romanization={
          translationText !== null && hasDevanagari(translationText) ? romanization : null
        }
        badge={props.badge}
        showEngine={props.showEngine}
        fallback={props.fallback}
        documentId={props.documentId}
        onSaveRevision={props.onSaveRevision}
        onCopyPair={props.onCopyPair}
        t={t}
      />
    );
  } else if (paragraph?.error || props.interrupted) {
    translationBody = (
      // Not an alert: the reader announces a failure once for the whole document, not per row.
      <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <p>
          {paragraph?.error
            ? t("reader.failed", { message: paragraph.error.message })
            : t("reader.interrupted")}
        </p>
        <button
          type="button"
          tabIndex={-1}
          data-roving=""
          onClick={() => onRetry(index)}
          disabled={props.retrying}
          className="mt-2 rounded-md bg-red-800 px-3 py-1 font-medium text-white hover:bg-red-900 disabled:opacity-60"
        >
          {props.retrying ? t("reader.retrying") : t("reader.retry")}
        </button>
      </div>
    );
  } else if (props.unavailable) {
    translationBody = <p className={NOTICE_CLASS}>{t("reader.notTranslated")}</p>;
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
    <div className="min-w-0" data-cell="translation">
      {translationBody}
    </div>
  );

  return (
    <div
      ref={rowRef}
      {...rowFrame(index, flipped, props.label)}
      tabIndex={-1}
      onFocus={onRowFocus}
      onKeyDown={onRowKeyDown}
      className={`${ROW_CLASS} transition-colors ${props.highlighted ? HIGHLIGHTED_CLASS : ""}`}
    >
      {/* Both cells always, in document order; which show, and where, is reader-views.css. */}
      <div className="row-cells">
        {original}
        {translation}
      </div>
      <RowReadAloud index={index} t={t} />
      <FlipButton flipped={flipped} onToggle={toggle} source={source} target={target} t={t} />
    </div>
  );
}

/** One aligned row; memoised so a toggle or highlight re-renders only the rows it touches. */
export const ParagraphRow = memo(ParagraphRowInner);
