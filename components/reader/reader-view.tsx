"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import type { ApiEngine } from "@/lib/api/wire-types";
import { ArticleSource } from "@/components/documents/article-source";
import { DocumentBar } from "@/components/documents/document-bar";
import { copyText } from "@/lib/clipboard";
import { paragraphPairText } from "@/lib/documents/paragraph-pair";
import { engineLabel } from "@/components/engines/engine-labels";
import { useT } from "@/lib/i18n/client";
import {
  summaryQueryOptions,
  translationQueryKey,
  translationQueryOptions,
  type TranslationState,
} from "@/lib/query/translation-queries";
import { ParagraphRow } from "./paragraph-row";
import { ReaderProgress } from "./reader-progress";
import { ReaderToolbar } from "./reader-toolbar";
import { readsTranslation, type ArticleDetails, type EngineBadge } from "./reader-types";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { noteForRows } from "@/lib/documents/translation-note";
import { SummaryPanel } from "./summary-panel";
import { useAutoSave } from "./use-auto-save";
import { useFontScale } from "./use-font-scale";
import { useParagraphJump } from "./use-paragraph-jump";
import { useParagraphRetry } from "./use-paragraph-retry";
import { useReaderShortcuts } from "./use-reader-shortcuts";
import { useRevisionSave } from "./use-revision-save";
import { useScrollAnchor } from "./use-scroll-anchor";
import { useViewMode } from "./use-view-mode";

export type { ArticleDetails } from "./reader-types";

export function ReaderView({
  input,
  engines,
  engineStatus,
  keepInBrowser = false,
  details,
  savedId,
}: {
  input: TranslateInput;
  engines: ApiEngine[] | undefined;
  /** The engine really used, as the status line names it ("Automatic → Chrome on-device"). */
  engineStatus?: string;
  /** "Don't save this article": no permalink is saved. */
  keepInBrowser?: boolean;
  details: ArticleDetails | null;
  /** The document's id when it is already saved (opened from its permalink). */
  savedId: string | null;
}) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const translation = useQuery(translationQueryOptions(input));
  const font = useFontScale();
  const [layoutKey, setLayoutKey] = useState(0);
  const rememberAnchor = useScrollAnchor([layoutKey, font.step]);
  const view = useViewMode(
    useCallback(() => {
      rememberAnchor();
      setLayoutKey((key) => key + 1);
    }, [rememberAnchor]),
  );
  const [active, setActive] = useState<{ paragraph: number; sentence: number } | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const { retrying, onRetry } = useParagraphRetry(input);
  const { highlighted, goToParagraph } = useParagraphJump();

  const state: TranslationState | undefined = translation.data;
  const total = input.paragraphs.length;
  // Progress counts paragraphs that have a translation; a failed one is not done until retried.
  const arrived =
    state?.paragraphs.filter((paragraph) => typeof paragraph?.translation === "string").length ?? 0;
  const done = state?.done ?? false;
  const interrupted = done && state?.interruption !== undefined;
  useReaderShortcuts({ total, onShowShortcuts: showShortcuts });

  const badges = useMemo(() => {
    const map = new Map<string, EngineBadge>();
    for (const engine of engines ?? [])
      map.set(engine.id, { label: engineLabel(engine, t), draft: engine.quality === "draft" });
    return map;
  }, [engines, t]);
  const requestedEngineId = useMemo(() => {
    const match = engines?.find(
      (engine) => engine.id === input.engine || engine.engineId === input.engine,
    );
    return match?.id ?? input.engine;
  }, [engines, input.engine]);

  const activateSentence = useCallback((paragraph: number, sentence: number | null) => {
    setActive((current) => {
      if (sentence === null) return current?.paragraph === paragraph ? null : current;
      return { paragraph, sentence };
    });
  }, []);

  const translations = useMemo(
    () => state?.paragraphs.map((paragraph) => paragraph?.translation ?? null) ?? [],
    [state],
  );
  const readTranslation = readsTranslation(view.mode, view.swapped);
  // Observes the summary the panel fetches (enabled: false never fetches by itself).
  const summary = useQuery({ ...summaryQueryOptions(input, translations, done), enabled: false });
  const { saveState, documentId, save } = useAutoSave({
    input,
    details,
    savedId,
    done,
    arrived,
    summary: summary.data,
    keepInBrowser,
  });
  const onSaveRevision = useRevisionSave(input, documentId, t("edit.saveFirst"));

  const onCopyPair = useCallback(
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

  return (
    <div
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      style={{ "--reader-scale": font.scale } as React.CSSProperties}
    >
      <section aria-label={t("reader.region")} className="min-w-0">
        <ReaderToolbar
          mode={view.mode}
          onModeChange={view.changeMode}
          swapped={view.swapped}
          onSwap={view.swap}
          onFlipAll={view.flipAll}
          flipTarget={view.mode === "translation" ? input.source : input.target}
          canShrink={font.canShrink}
          canGrow={font.canGrow}
          onShrink={() => {
            rememberAnchor();
            font.shrink();
          }}
          onGrow={() => {
            rememberAnchor();
            font.grow();
          }}
          onShowShortcuts={showShortcuts}
        />
        <ArticleSource details={details} />
        <div className="mt-3">
          <DocumentBar
            state={saveState}
            onRetry={() => void save()}
            source={input.source}
            target={input.target}
          />
        </div>
        <ReaderProgress
          arrived={arrived}
          total={total}
          engineLabel={engineStatus || (badges.get(requestedEngineId)?.label ?? input.engine)}
        />
        {translation.isError && (
          <div
            role="alert"
            className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">{t("reader.errorTitle")}</p>
            <p>{translation.error.message}</p>
          </div>
        )}
        <div className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="reader-rows">
          {input.paragraphs.map((sourceText, index) => {
            const paragraph = state?.paragraphs[index];
            const badge = paragraph ? badges.get(paragraph.engine) : undefined;
            return (
              <ParagraphRow
                key={index}
                index={index}
                sourceText={sourceText}
                paragraph={paragraph}
                source={input.source}
                target={input.target}
                mode={view.mode}
                swapped={view.swapped}
                activeSentence={active?.paragraph === index ? active.sentence : null}
                highlighted={highlighted === index}
                interrupted={(interrupted || translation.isError) && paragraph === undefined}
                retrying={retrying.has(index)}
                badge={badge ?? (paragraph ? { label: paragraph.engine, draft: false } : undefined)}
                fallback={paragraph?.fallback === true}
                onActivateSentence={activateSentence}
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
        </div>
      </section>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <SummaryPanel
          input={input}
          translations={translations}
          ready={done}
          readTranslation={readTranslation}
          onGoToParagraph={goToParagraph}
          copyDetails={{ documentId, note: noteForRows(state?.paragraphs ?? [], t) }}
        />
      </aside>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
