"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  saveDocument,
  saveDocumentSummary,
  saveRevision,
  translateParagraphs,
  type TranslateInput,
} from "@/lib/api-client/api-client";
import { isBrowserEngine } from "@/lib/api-client/browser-engine-ids";
import type { ApiEngine, ApiSummary } from "@/lib/api/wire-types";
import { DocumentBar, type SaveState } from "@/components/documents/document-bar";
import { copyText } from "@/lib/clipboard";
import { paragraphPairText } from "@/lib/documents/paragraph-pair";
import { rememberDocument } from "@/lib/documents/recent-documents";
import { memoryKey } from "@/lib/text/keys";
import { alignSentences } from "@/lib/translation/align";
import { useT } from "@/lib/i18n/client";
import {
  revisionsQueryKey,
  summaryQueryOptions,
  translationQueryKey,
  translationQueryOptions,
  type TranslationState,
} from "@/lib/query/translation-queries";
import { ParagraphRow } from "./paragraph-row";
import { ReaderToolbar } from "./reader-toolbar";
import { readsTranslation, type EngineBadge, type ViewMode } from "./reader-types";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SummaryPanel } from "./summary-panel";

const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75];

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
}

/** Where an article came from, when it was imported or opened from a permalink. */
export interface ArticleDetails {
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
}

export function ReaderView({
  input,
  engines,
  details,
  savedId,
}: {
  input: TranslateInput;
  engines: ApiEngine[] | undefined;
  details: ArticleDetails | null;
  /** The document's id when it is already saved (opened from its permalink). */
  savedId: string | null;
}) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const translation = useQuery(translationQueryOptions(input));
  const [mode, setMode] = useState<ViewMode>("side-by-side");
  const [swapped, setSwapped] = useState(false);
  const [active, setActive] = useState<{ paragraph: number; sentence: number } | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [retrying, setRetrying] = useState<ReadonlySet<number>>(() => new Set());
  const [fontStep, setFontStep] = useState(1);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const anchor = useRef<{ index: number; top: number } | null>(null);
  const [saveState, setSaveState] = useState<SaveState>(
    savedId ? { status: "saved", id: savedId } : { status: "unsaved" },
  );
  const documentId = saveState.status === "saved" ? saveState.id : null;
  // Read by callbacks that must stay stable for the memoised rows.
  const documentIdRef = useRef(documentId);
  documentIdRef.current = documentId;
  const saveStarted = useRef(savedId !== null);
  const summarySaved = useRef(savedId !== null);

  useEffect(() => {
    const stored = Number(window.localStorage.getItem("reader-font-step"));
    // Restoring a saved preference from storage after hydration is the intended effect here.
    if (Number.isInteger(stored) && stored >= 0 && stored < FONT_SCALES.length) setFontStep(stored);
  }, []);
  useEffect(() => window.localStorage.setItem("reader-font-step", String(fontStep)), [fontStep]);

  const state: TranslationState | undefined = translation.data;
  const total = input.paragraphs.length;
  // Progress counts paragraphs that have a translation; a failed one is not done until retried.
  const arrived =
    state?.paragraphs.filter((paragraph) => typeof paragraph?.translation === "string").length ?? 0;
  const done = state?.done ?? false;
  const interrupted = done && state?.interruption !== undefined;

  const badges = useMemo(() => {
    const map = new Map<string, EngineBadge>();
    for (const engine of engines ?? [])
      map.set(engine.id, { label: engine.label, draft: engine.quality === "draft" });
    return map;
  }, [engines]);
  const requestedEngineId = useMemo(() => {
    const match = engines?.find(
      (engine) => engine.id === input.engine || engine.engineId === input.engine,
    );
    return match?.id ?? input.engine;
  }, [engines, input.engine]);

  // Remembers where the first visible row sits before a view change, so the layout effect can
  // put it back.
  const rememberAnchor = useCallback(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>("[data-paragraph-index]"));
    const row = rows.find((candidate) => candidate.getBoundingClientRect().bottom > 0);
    if (row)
      anchor.current = {
        index: Number(row.dataset.paragraphIndex),
        top: row.getBoundingClientRect().top,
      };
  }, []);

  useLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    if (!saved) return;
    const row = document.getElementById(`p-${saved.index}`);
    if (row) window.scrollBy(0, row.getBoundingClientRect().top - saved.top);
  }, [mode, swapped, fontStep]);

  const activateSentence = useCallback((paragraph: number, sentence: number | null) => {
    setActive((current) => {
      if (sentence === null) return current?.paragraph === paragraph ? null : current;
      return { paragraph, sentence };
    });
  }, []);

  const retry = useCallback(
    async (index: number) => {
      const text = input.paragraphs[index];
      if (text === undefined) return;
      setRetrying((current) => new Set(current).add(index));
      try {
        const single = { ...input, paragraphs: [text] };
        const [result] = isBrowserEngine(input.engine)
          ? await (await import("@/lib/api-client/browser-translation")).translateInBrowser(single)
          : await translateParagraphs(single);
        if (result) {
          queryClient.setQueryData<TranslationState>(translationQueryKey(input), (current) => {
            if (!current) return current;
            const paragraphs = current.paragraphs.slice();
            paragraphs[index] = { ...result, index };
            return { ...current, paragraphs };
          });
        }
      } catch (error) {
        queryClient.setQueryData<TranslationState>(translationQueryKey(input), (current) => {
          if (!current) return current;
          const paragraphs = current.paragraphs.slice();
          paragraphs[index] = {
            index,
            source: text,
            translation: null,
            engine: input.engine,
            cached: false,
            sentences: [],
            error: {
              code: "retry_failed",
              message: (error as Error).message || t("errors.generic"),
            },
          };
          return { ...current, paragraphs };
        });
      } finally {
        setRetrying((current) => {
          const next = new Set(current);
          next.delete(index);
          return next;
        });
      }
    },
    [input, queryClient, t],
  );
  const onRetry = useCallback((index: number) => void retry(index), [retry]);

  const goToParagraph = useCallback((index: number) => {
    const row = document.getElementById(`p-${index}`);
    if (!row) return;
    row.scrollIntoView({
      behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
      block: "start",
    });
    row.focus({ preventScroll: true });
    setHighlighted(index);
  }, []);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), 2500);
    return () => clearTimeout(timer);
  }, [highlighted]);

  const changeMode = useCallback(
    (next: ViewMode) => {
      rememberAnchor();
      setMode(next);
    },
    [rememberAnchor],
  );
  const flipAll = useCallback(() => {
    rememberAnchor();
    if (mode === "original") setMode("translation");
    else if (mode === "translation") setMode("original");
    else setSwapped((value) => !value);
  }, [mode, rememberAnchor]);
  const swap = useCallback(() => {
    rememberAnchor();
    setSwapped((value) => !value);
  }, [rememberAnchor]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      const focusedRow = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        "[data-paragraph-index]",
      );
      const current = focusedRow ? Number(focusedRow.dataset.paragraphIndex) : -1;
      if (event.key === "j" || event.key === "k") {
        const next = Math.min(total - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)));
        const row = document.getElementById(`p-${next}`);
        row?.focus();
        row?.scrollIntoView({ block: "nearest" });
        event.preventDefault();
      } else if (event.key === "t" && current >= 0) {
        // Each row owns its flip; pressing its own toggle keeps one code path for mouse and keys.
        focusedRow?.querySelector<HTMLButtonElement>("button[aria-pressed]")?.click();
        event.preventDefault();
      } else if (event.key === "?") {
        setShortcutsOpen(true);
        event.preventDefault();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [total]);

  const translations = useMemo(
    () => state?.paragraphs.map((paragraph) => paragraph?.translation ?? null) ?? [],
    [state],
  );
  const readTranslation = readsTranslation(mode, swapped);
  // Observes the summary the panel fetches (enabled: false never fetches by itself).
  const summary = useQuery({ ...summaryQueryOptions(input, translations, done), enabled: false });

  const save = useCallback(async () => {
    const current = queryClient.getQueryData<TranslationState>(translationQueryKey(input));
    if (!current) return;
    saveStarted.current = true;
    setSaveState({ status: "saving" });
    const summaryData = queryClient.getQueryData<ApiSummary>(
      summaryQueryOptions(input, [], true).queryKey,
    );
    try {
      const saved = await saveDocument({
        title: details?.title ?? null,
        byline: details?.byline ?? null,
        sourceUrl: details?.sourceUrl ?? null,
        source: input.source,
        target: input.target,
        engine: input.engine,
        paragraphs: input.paragraphs.map((text, index) => {
          const paragraph = current.paragraphs[index];
          return {
            source: paragraph?.source ?? text,
            translation: paragraph?.translation ?? null,
            engine: paragraph?.engine ?? input.engine,
            fallback: paragraph?.fallback === true,
            sentences: paragraph?.sentences ?? [],
          };
        }),
        summary: summaryData ? { method: summaryData.method, bullets: summaryData.bullets } : null,
      });
      summarySaved.current = summaryData !== undefined;
      setSaveState({ status: "saved", id: saved.id });
      // The address becomes the permalink, so reloading or sharing the tab keeps the document.
      window.history.replaceState(window.history.state, "", saved.url);
      rememberDocument({
        id: saved.id,
        title: details?.title ?? (input.paragraphs[0] ?? "").slice(0, 120),
        source: input.source,
        target: input.target,
        savedAt: new Date().toISOString(),
        editKey: saved.editKey,
      });
    } catch (error) {
      setSaveState({ status: "failed", message: (error as Error).message || t("errors.generic") });
    }
  }, [details, input, queryClient, t]);

  useEffect(() => {
    if (done && !saveStarted.current && arrived > 0) void save();
  }, [arrived, done, save]);

  useEffect(() => {
    if (documentId === null || summarySaved.current || !summary.data) return;
    summarySaved.current = true;
    // Losing the summary copy is harmless: the permalink page then makes it again.
    void saveDocumentSummary(documentId, summary.data).catch(() => undefined);
  }, [documentId, summary.data]);

  const onSaveRevision = useCallback(
    async (index: number, text: string, author: string | null) => {
      const current = queryClient.getQueryData<TranslationState>(translationQueryKey(input));
      const paragraph = current?.paragraphs[index];
      const sourceText = paragraph?.source ?? input.paragraphs[index] ?? "";
      const documentId = documentIdRef.current;
      // Edits belong to a saved document (auto-save runs as soon as the translation is done).
      if (documentId === null) throw new Error(t("edit.saveFirst"));
      const result = await saveRevision({
        source: input.source,
        target: input.target,
        sourceText,
        text,
        previousText: paragraph?.translation ?? null,
        baseRevisionId: paragraph?.revision?.id ?? null,
        author,
        documentId,
        position: index,
      });
      const { revision } = result;
      // Without the edit key the text was proposed, not applied: the paragraph stays as it is.
      if (revision.kind === "suggestion") return { conflict: false, suggestion: true };
      queryClient.setQueryData<TranslationState>(translationQueryKey(input), (state) => {
        if (!state) return state;
        // The correction belongs to the source paragraph, so every copy of it in this article
        // shows it, as every later translation of it will.
        const paragraphs = state.paragraphs.map((item) =>
          item && item.source === sourceText
            ? {
                ...item,
                translation: revision.text,
                fallback: false,
                sentences: alignSentences(sourceText, revision.text, input.source, input.target),
                revision: {
                  id: revision.id,
                  author: revision.author,
                  createdAt: revision.createdAt,
                  documentId: revision.documentId,
                },
              }
            : item,
        );
        return { ...state, paragraphs };
      });
      void queryClient.invalidateQueries({
        queryKey: revisionsQueryKey(memoryKey(input.source, input.target, sourceText)),
      });
      return { conflict: result.conflict, suggestion: false };
    },
    [input, queryClient, t],
  );

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
      style={{ "--reader-scale": FONT_SCALES[fontStep] } as React.CSSProperties}
    >
      <section aria-label={t("reader.region")} className="min-w-0">
        <ReaderToolbar
          mode={mode}
          onModeChange={changeMode}
          swapped={swapped}
          onSwap={swap}
          onFlipAll={flipAll}
          flipTarget={mode === "translation" ? input.source : input.target}
          canShrink={fontStep > 0}
          canGrow={fontStep < FONT_SCALES.length - 1}
          onShrink={() => setFontStep((step) => Math.max(0, step - 1))}
          onGrow={() => setFontStep((step) => Math.min(FONT_SCALES.length - 1, step + 1))}
          onShowShortcuts={() => setShortcutsOpen(true)}
        />
        <div className="mt-3">
          <DocumentBar
            state={saveState}
            onRetry={() => void save()}
            source={input.source}
            target={input.target}
          />
        </div>
        <div className="my-3">
          <div className="flex justify-between text-sm text-stone-700 dark:text-stone-300">
            <span>{t("reader.progress", { done: arrived, total })}</span>
            <span>
              {t("reader.engineLabel", {
                engine: badges.get(requestedEngineId)?.label ?? input.engine,
              })}
            </span>
          </div>
          <div
            role="progressbar"
            aria-label={t("reader.progressLabel")}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={arrived}
            aria-valuetext={t("reader.progress", { done: arrived, total })}
            className="mt-1 h-1.5 overflow-hidden rounded bg-stone-200 dark:bg-stone-800"
          >
            <div
              className="h-full bg-sky-700 transition-[width] dark:bg-sky-400"
              style={{ width: `${total === 0 ? 0 : (arrived / total) * 100}%` }}
            />
          </div>
        </div>
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
                mode={mode}
                swapped={swapped}
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
        />
      </aside>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
