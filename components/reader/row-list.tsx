"use client";

import type { TFunction } from "i18next";
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from "react";
import { flushSync } from "react-dom";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import type { FarRowClasses, FarRowLabels } from "./far-rows-html";
import { FarRows, type PromoteChunk } from "./far-rows";
import { firstRowOnScreen, holdRowInPlace, type RowAnchor } from "./hold-row-in-place";
import { NOTICE_CLASS, ParagraphRow, ROW_CLASS } from "./paragraph-row";
import type { EngineBadge, SaveRevision } from "./reader-types";
import { numberedText } from "@/lib/i18n/remembered-translations";
import { chunkOf, CHUNK_ROWS, createRowChunks, linkedParagraph } from "./row-chunks";
import { createRowPresence, RowPresenceContext } from "./row-presence";
import { FLIP_BUTTON_CLASS } from "./row-view";

// One badge object per engine the list does not name, so rows keep equal props across the
// reader's renders (a new object each time would re-render every row). Engine ids are few.
const PLAIN_BADGES = new Map<string, EngineBadge>();
function plainBadge(engine: string): EngineBadge {
  let badge = PLAIN_BADGES.get(engine);
  if (badge === undefined) {
    badge = { label: engine, draft: false };
    PLAIN_BADGES.set(engine, badge);
  }
  return badge;
}

const FAR_ROW_CLASSES: FarRowClasses = {
  row: ROW_CLASS,
  notice: NOTICE_CLASS,
  flipButton: FLIP_BUTTON_CLASS,
};

/** The row that held focus when its chunk was promoted, to be focused again once rendered. */
interface FocusToRestore {
  index: number;
  /** Its flip button held focus (a click on it), rather than the row itself. */
  flip: boolean;
}

export interface RowListProps {
  /** The article's paragraphs, known before any translation arrives. */
  sourceTexts: readonly string[];
  paragraphs: readonly (ApiParagraph | undefined)[] | undefined;
  source: LanguageCode;
  target: LanguageCode;
  active: { paragraph: number; sentence: number } | null;
  highlighted: number | null;
  /** The stream broke: rows still waiting say so. */
  interrupted: boolean;
  /** The whole request was refused. */
  refused: boolean;
  retrying: ReadonlySet<number>;
  badges: ReadonlyMap<string, EngineBadge>;
  documentEngine: string | null | undefined;
  documentId: string | null;
  onActivateSentence: (index: number, sentence: number | null) => void;
  onRetry: (index: number) => void;
  onSaveRevision: SaveRevision;
  onCopyPair: (index: number) => Promise<boolean>;
  t: TFunction;
}

/**
 * The reader's rows. Memoised apart from the reader, so what re-renders the reader alone (a
 * view switch, the toolbar, the summary, the save state) does not walk 500 rows. Rows far from
 * the screen are not components: they are HTML, a chunk of CHUNK_ROWS rows per element
 * (far-rows.tsx, row-chunks.ts), written only where that chunk's paragraphs change; a chunk
 * becomes React rows for good once it comes near the screen or anything acts on its rows.
 * Rendered rows then have their own presence (row-presence.ts): those off the screen render as
 * plain text until they come near it.
 */
export const RowList = memo(function RowList({
  sourceTexts,
  paragraphs,
  source,
  target,
  active,
  highlighted,
  interrupted,
  refused,
  retrying,
  badges,
  documentEngine,
  documentId,
  onActivateSentence,
  onRetry,
  onSaveRevision,
  onCopyPair,
  t,
}: RowListProps) {
  const rowCount = sourceTexts.length;
  const presence = useMemo(() => createRowPresence(sourceTexts.length), [sourceTexts]);
  // Every chunk starts as HTML but a deep link's, whose row must be a React row to be focused;
  // the chunks on screen become React rows once the rows are in (row-chunks.ts).
  // Promoting chunks changes the rows' sizes (React rows carry more than HTML rows: the
  // romanised line, the actions), and the rows above the screen can grow a frame later; the
  // row the reader was looking at is held where it was while that settles.
  const promotionAnchor = useRef<RowAnchor | null>(null);
  const chunks = useMemo(() => {
    const linked = linkedParagraph();
    return createRowChunks(sourceTexts.length, linked === null ? [] : [linked], () => {
      promotionAnchor.current ??= firstRowOnScreen();
    });
  }, [sourceTexts]);
  const letGoOfAnchor = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const anchor = promotionAnchor.current;
    if (anchor === null) return;
    promotionAnchor.current = null;
    letGoOfAnchor.current?.();
    letGoOfAnchor.current = holdRowInPlace(anchor);
  });
  useEffect(() => () => letGoOfAnchor.current?.(), []);
  useSyncExternalStore(chunks.subscribe, chunks.version, chunks.version);
  const paragraphLabel = useMemo(() => numberedText(t, "reader.paragraphLabel"), [t]);
  const farLabels = useMemo<FarRowLabels>(
    () => ({
      paragraph: paragraphLabel,
      pending: t("reader.pending"),
      notTranslated: t("reader.notTranslated"),
      showInSource: t("reader.showIn", { language: t(`languages.${source}`) }),
      showInTarget: t("reader.showIn", { language: t(`languages.${target}`) }),
    }),
    [paragraphLabel, t, source, target],
  );
  useEffect(() => () => presence.disconnect(), [presence]);
  useEffect(() => () => chunks.disconnect(), [chunks]);
  // Settled: every row is in, or no more will come (the stream broke, or it was refused).
  // A loop, not every(): the array is sparse while rows stream in.
  useEffect(() => {
    let settled = interrupted || refused;
    if (!settled && paragraphs !== undefined) {
      settled = true;
      for (let index = 0; index < rowCount; index += 1)
        if (paragraphs[index] === undefined) {
          settled = false;
          break;
        }
    }
    chunks.settle(settled);
  }, [chunks, paragraphs, interrupted, refused, rowCount]);

  const focusToRestore = useRef<FocusToRestore | null>(null);
  const promote = useCallback<PromoteChunk>(
    (chunk, sync) => {
      const focused = document.activeElement;
      const row = focused?.closest<HTMLElement>("[data-far-rows] [data-paragraph-index]");
      if (focused && row)
        focusToRestore.current = {
          index: Number(row.dataset.paragraphIndex),
          flip: focused !== row && focused.closest("button[aria-pressed]") !== null,
        };
      if (sync) flushSync(() => chunks.promote(chunk));
      else chunks.promote(chunk);
    },
    [chunks],
  );
  // The promoted chunk's elements are new: focus goes back to the row (or flip button) that
  // had it, before the next frame, so Tab, j/k and jumps carry on from there.
  useLayoutEffect(() => {
    const pending = focusToRestore.current;
    if (pending === null) return;
    const row = document.getElementById(`p-${pending.index}`);
    if (!row || row.closest("[data-far-rows]")) return;
    focusToRestore.current = null;
    if (row.contains(document.activeElement)) return;
    ((pending.flip && row.querySelector<HTMLElement>("button[aria-pressed]")) || row).focus();
  });
  // A deep link followed while reading (#p-N, the summary's links): its row must be a
  // rendered row before useDeepLink looks for it, so this runs first (a child's effect).
  useEffect(() => {
    const follow = () => {
      const row = linkedParagraph();
      if (row !== null && row < rowCount) promote(chunkOf(row), true);
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [promote, rowCount]);

  const row = (index: number) => {
    const sourceText = sourceTexts[index] ?? "";
    const paragraph = paragraphs?.[index];
    const badge = paragraph ? badges.get(paragraph.engine) : undefined;
    return (
      <ParagraphRow
        key={index}
        index={index}
        label={paragraphLabel(index + 1)}
        sourceText={sourceText}
        paragraph={paragraph}
        source={source}
        target={target}
        activeSentence={active?.paragraph === index ? active.sentence : null}
        highlighted={highlighted === index}
        interrupted={interrupted && paragraph === undefined}
        // Refused as a whole: the one alert above says why; rows only say they are empty.
        unavailable={refused && paragraph === undefined}
        retrying={retrying.has(index)}
        badge={badge ?? (paragraph ? plainBadge(paragraph.engine) : undefined)}
        showEngine={paragraph !== undefined && paragraph.engine !== documentEngine}
        fallback={paragraph?.fallback === true}
        onActivateSentence={onActivateSentence}
        onRetry={onRetry}
        // Only a corrected row shows anything that depends on the document; passing the
        // id to the others would re-render all of them when the document is saved.
        documentId={paragraph?.revision ? documentId : null}
        onSaveRevision={onSaveRevision}
        onCopyPair={onCopyPair}
        t={t}
      />
    );
  };

  const children: React.ReactNode[] = [];
  for (let start = 0, chunk = 0; start < rowCount; start += CHUNK_ROWS, chunk += 1) {
    const end = Math.min(rowCount, start + CHUNK_ROWS);
    if (chunks.isPromoted(chunk)) {
      for (let index = start; index < end; index += 1) children.push(row(index));
      continue;
    }
    children.push(
      <FarRows
        key={`far-${chunk}`}
        chunk={chunk}
        rows={{
          start,
          end,
          sourceTexts,
          paragraphs,
          source,
          target,
          interrupted,
          refused,
          labels: farLabels,
          classes: FAR_ROW_CLASSES,
        }}
        chunks={chunks}
        onPromote={promote}
      />,
    );
  }
  return <RowPresenceContext value={presence}>{children}</RowPresenceContext>;
});
