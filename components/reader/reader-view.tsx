"use client";

import { useQuery } from "@tanstack/react-query";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import type { ApiEngine, ApiLimits } from "@/lib/api/wire-types";
import { ArticleSource } from "@/components/documents/article-source";
import { DocumentBar } from "@/components/documents/document-bar";
import { copyText } from "@/lib/clipboard";
import { useT } from "@/lib/i18n/client";
import {
  summaryQueryOptions,
  translationQueryOptions,
  type TranslationState,
} from "@/lib/query/translation-queries";
import { ReadingAidsBar } from "@/components/reading-aids/reading-aids-bar";
import { ReadingAidsProvider } from "@/components/reading-aids/reading-aids-provider";
import { AddToGlossaryButton } from "@/components/glossary/add-to-glossary-button";
import type { ApiParagraph, ApiWordLookup } from "@/lib/api/wire-types";
import { FactSummary } from "@/components/fact-check/fact-summary";
import { GlossaryPanel } from "@/components/glossary/glossary-panel";
import { useGlossaryInput } from "@/components/glossary/use-glossary-input";
import { ReaderProgress } from "./reader-progress";
import { RowList } from "./row-list";
import { ReaderToolbar } from "./reader-toolbar";
import { readsTranslation, type ArticleDetails } from "./reader-types";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { noteForRows } from "@/lib/documents/translation-note";
import { SummaryPanel } from "./summary-panel";
import { summaryCopyText } from "./summary-copy";
import { DocumentNotes } from "./document-notes";
import { FlipResetsContext } from "./flip-resets";
import { ReaderAlert } from "./reader-alert";
import { ReaderHeading } from "./reader-heading";
import { useEngineBadges } from "./use-engine-badges";
import { useAnnouncer } from "./use-announcer";
import { useAutoSave } from "./use-auto-save";
import { usePairCopy } from "./use-pair-copy";
import { useDeepLink } from "./use-deep-link";
import { useNarrowScreen } from "./use-narrow-screen";
import { useFontScale } from "./use-font-scale";
import { useParagraphJump } from "./use-paragraph-jump";
import { useParagraphRetry } from "./use-paragraph-retry";
import { useReaderShortcuts } from "./use-reader-shortcuts";
import { useRevisionSave } from "./use-revision-save";
import { useScrollAnchor } from "./use-scroll-anchor";
import { useViewMode } from "./use-view-mode";
import { replaceReaderAddress } from "./use-reading-history";
import { rowsOnScreen } from "./rows-on-screen";

export type { ArticleDetails } from "./reader-types";

/*
 * What the reader shows around its rows, memoised here: a view switch or a save re-renders the
 * reader, and these have nothing new to show then (the fact summary walks every paragraph).
 */
const StableArticleSource = memo(ArticleSource);
const StableReaderProgress = memo(ReaderProgress);
const StableDocumentNotes = memo(DocumentNotes);
const StableGlossaryPanel = memo(GlossaryPanel);
const StableFactSummary = memo(FactSummary);
const StableSummaryPanel = memo(SummaryPanel);
// Neither has props that change as rows arrive; each re-rendered with the reader on every
// streamed update (the aids bar about 1 ms of each), so they render when their own state does.
const StableReadingAidsBar = memo(ReadingAidsBar);
const StableShortcutsDialog = memo(ShortcutsDialog);
const NO_PARAGRAPHS: readonly (ApiParagraph | undefined)[] = [];

/** The word popover's one-click "add to glossary"; module-level so the provider never re-renders for it. */
function addToGlossaryAction(entry: ApiWordLookup) {
  return <AddToGlossaryButton term={entry.word} language={entry.language} />;
}

export function ReaderView({
  input: articleInput,
  engines,
  engineStatus,
  keepInBrowser = false,
  details,
  paragraphStarts = null,
  savedId,
  focusRequest = 0,
  limits,
}: {
  input: TranslateInput;
  engines: ApiEngine[] | undefined;
  /** The engine really used, as the status line names it ("Automatic → Chrome on-device"). */
  engineStatus?: string;
  /** "Don't save this article": no permalink is saved. */
  keepInBrowser?: boolean;
  details: ArticleDetails | null;
  /** One per row: false where a row continues the article's paragraph before it. */
  paragraphStarts?: boolean[] | null;
  /** The document's id when it is already saved (opened from its permalink). */
  savedId: string | null;
  /** Moves focus to the reader's heading each time it changes (after Translate, on a permalink). */
  focusRequest?: number;
  /** The server's per-request and per-article limits, when known. */
  limits?: ApiLimits;
}) {
  // Its `t` remembers answers (useT), which the rows need: 500 rows ask the same questions.
  const { t } = useT();
  const input = useGlossaryInput(articleInput);
  const translation = useQuery(translationQueryOptions(input, limits, rowsOnScreen));
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
  const [announcement, setAnnouncement] = useAnnouncer();
  const narrow = useNarrowScreen();
  // Two columns do not fit a phone: there side by side is not offered, and reads interleaved.
  const mode = narrow && view.mode === "side-by-side" ? "interleaved" : view.mode;
  const heading = useRef<HTMLHeadingElement>(null);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const hideShortcuts = useCallback(() => setShortcutsOpen(false), []);
  const { retrying, onRetry } = useParagraphRetry(input);
  const { highlighted, goToParagraph } = useParagraphJump();

  const state: TranslationState | undefined = translation.data;
  const total = input.paragraphs.length;
  // Progress counts paragraphs that have a translation; a failed one is not done until retried.
  const arrived =
    state?.paragraphs.filter((paragraph) => typeof paragraph?.translation === "string").length ?? 0;
  const done = state?.done ?? false;
  const interrupted = done && state?.interruption !== undefined;
  const onFlipUnavailable = useCallback(
    () => setAnnouncement(t("reader.flipUnavailable")),
    [t, setAnnouncement],
  );
  useReaderShortcuts({ total, onShowShortcuts: showShortcuts, onFlipUnavailable });
  const deepLinked = useDeepLink(state !== undefined);

  const { badges, documentEngine, documentBadge } = useEngineBadges(engines, input.engine, state);

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
  const readTranslation = readsTranslation(mode);
  // Observes the summary the panel fetches (enabled: false never fetches by itself).
  const summary = useQuery({ ...summaryQueryOptions(input, translations, done), enabled: false });
  // A request refused as a whole, or a stream that broke, ends the wait for a summary too.
  const settled = done || translation.isError;
  const { saveState, documentId, save } = useAutoSave({
    input,
    details,
    paragraphStarts,
    savedId,
    done,
    arrived,
    summary: summary.data,
    keepInBrowser,
  });
  useEffect(() => {
    // A deep link (#p-N) decides where a permalink opens; useDeepLink takes it there.
    if (focusRequest === 0 || /^#p-\d+$/.test(window.location.hash)) return;
    // In the next frame, which lays the new rows out anyway: focusing and scrolling here would
    // force that layout inside the click, before anything could be painted.
    const frame = requestAnimationFrame(() => {
      heading.current?.focus({ preventScroll: true });
      // The same article translated again reuses this reader: its permalink is the address again.
      if (documentId !== null && !window.location.pathname.endsWith(documentId))
        replaceReaderAddress(`/d/${documentId}`);
      heading.current?.scrollIntoView?.({ block: "start" });
    });
    return () => cancelAnimationFrame(frame);
    // Only when a focus is requested: saving later must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);
  const onSaveRevision = useRevisionSave(input, documentId, t("edit.saveFirst"));

  const onCopyPair = usePairCopy(input);
  // The note is written when a summary is copied, not on every update while rows stream in:
  // its interface strings cost 3-4 ms of each update of a 60-paragraph article.
  const copyDetails = useMemo(
    () => ({ documentId, note: () => noteForRows(state?.paragraphs ?? [], t) }),
    [documentId, state, t],
  );
  // The toolbar's copy is the panel's plain copy: title, bullets, permalink and note.
  const copySummary = useCallback(async () => {
    const bullets = summary.data?.bullets ?? [];
    if (bullets.length === 0) return setAnnouncement(t("summary.notReady"));
    const text = summaryCopyText({
      bullets,
      format: "plain",
      readTranslation,
      paragraphs: input.paragraphs,
      translations,
      defaultTitle: t("summary.defaultTitle"),
      documentId: copyDetails.documentId,
      note: copyDetails.note,
    });
    const copied = await copyText(text);
    setAnnouncement(copied ? t("summary.copied") : t("summary.copyBlocked"));
  }, [readTranslation, summary.data, input, translations, copyDetails, t, setAnnouncement]);

  return (
    <ReadingAidsProvider
      source={input.source}
      target={input.target}
      sourceTexts={input.paragraphs}
      paragraphs={state?.paragraphs}
      stopKey={`${mode}|${view.swapped}`}
      lookupActions={addToGlossaryAction}
    >
      <div
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
        style={{ "--reader-scale": font.scale } as React.CSSProperties}
      >
        <section aria-labelledby="reader-heading" className="min-w-0">
          <ReaderHeading
            ref={heading}
            // The headline is the article's first row, in its language.
            lang={details?.title ? input.source : undefined}
            title={
              details?.title ??
              t("reader.heading", { direction: t(`reader.direction.${input.source}`) })
            }
          />
          <ReaderToolbar
            narrow={narrow}
            onCopySummary={() => void copySummary()}
            canCopySummary={(summary.data?.bullets.length ?? 0) > 0}
            mode={mode}
            onModeChange={view.changeMode}
            swapped={view.swapped}
            onSwap={view.swap}
            onFlipAll={view.flipAll}
            flipTarget={mode === "translation" ? input.source : input.target}
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
          <StableReadingAidsBar />
          <StableArticleSource details={details} />
          <div className="mt-3">
            <DocumentBar
              state={saveState}
              onRetry={() => void save()}
              source={input.source}
              target={input.target}
            />
          </div>
          <StableReaderProgress arrived={arrived} total={total} />
          <StableDocumentNotes
            badge={documentBadge}
            translated={documentEngine !== null}
            ended={done || translation.isError}
            engineStatus={engineStatus}
            fallbackCount={state?.paragraphs.filter((paragraph) => paragraph?.fallback).length ?? 0}
          />
          <StableGlossaryPanel defaultLanguage={input.source} />
          <StableFactSummary
            paragraphs={state?.paragraphs ?? NO_PARAGRAPHS}
            onGoToParagraph={goToParagraph}
          />
          {/* One announcement per event: a refused request or a broken stream, never one per row. */}
          {(translation.isError || interrupted) && (
            <ReaderAlert
              title={translation.isError ? t("reader.errorTitle") : t("reader.interruptedTitle")}
              detail={
                translation.isError
                  ? translation.error.message
                  : t("reader.interruptedDetail", { count: total - arrived })
              }
            />
          )}
          <p role="status" aria-live="polite" className="sr-only">
            {announcement}
          </p>
          <div
            className={`reader-rows divide-y divide-stone-200 dark:divide-stone-800 ${deepLinked ? "pb-[100vh]" : ""}`}
            data-testid="reader-rows"
            // Views are CSS on these two attributes (reader-views.css): a switch renders no row.
            data-mode={mode}
            data-swapped={view.swapped ? "" : undefined}
          >
            <FlipResetsContext value={view.flipResets}>
              <RowList
                sourceTexts={input.paragraphs}
                paragraphs={state?.paragraphs}
                source={input.source}
                target={input.target}
                active={active}
                highlighted={highlighted}
                interrupted={interrupted}
                refused={translation.isError}
                retrying={retrying}
                badges={badges}
                documentEngine={documentEngine}
                documentId={documentId}
                onActivateSentence={activateSentence}
                onRetry={onRetry}
                onSaveRevision={onSaveRevision}
                onCopyPair={onCopyPair}
                t={t}
              />
            </FlipResetsContext>
          </div>
        </section>
        {/* On a phone the summary comes first; beside the rows it stays in view and scrolls on
          its own when it is taller than the screen (large text). */}
        <aside className="order-first lg:sticky lg:top-4 lg:order-none lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <StableSummaryPanel
            input={input}
            translations={translations}
            ready={settled}
            narrow={narrow}
            readTranslation={readTranslation}
            onGoToParagraph={goToParagraph}
            copyDetails={copyDetails}
          />
        </aside>
        <StableShortcutsDialog open={shortcutsOpen} onClose={hideShortcuts} />
      </div>
    </ReadingAidsProvider>
  );
}
