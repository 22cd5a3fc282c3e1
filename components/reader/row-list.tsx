"use client";

import type { TFunction } from "i18next";
import { memo, useEffect, useMemo } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import type { LanguageCode } from "@/lib/translation/engine-spec";
import { ParagraphRow } from "./paragraph-row";
import type { EngineBadge, SaveRevision } from "./reader-types";
import { numberedText } from "./remembered-translations";
import { createRowPresence, RowPresenceContext } from "./row-presence";

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
 * view switch, the toolbar, the summary, the save state) does not walk 500 rows; and it owns
 * the rows' presence (row-presence.ts): rows off the screen render as plain text until they
 * come near it.
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
  const presence = useMemo(() => createRowPresence(sourceTexts.length), [sourceTexts]);
  const paragraphLabel = useMemo(() => numberedText(t, "reader.paragraphLabel"), [t]);
  useEffect(() => () => presence.disconnect(), [presence]);
  return (
    <RowPresenceContext value={presence}>
      {sourceTexts.map((sourceText, index) => {
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
      })}
    </RowPresenceContext>
  );
});
