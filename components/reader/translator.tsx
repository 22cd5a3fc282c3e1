"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { BrowserDownloadBar } from "@/components/engines/browser-download-bar";
import { DraftNotice } from "@/components/engines/draft-notice";
import { engineName } from "@/components/engines/engine-groups";
import { OnDevicePanel, useOnDeviceStatus } from "@/components/engines/on-device-panel";
import { useKeepArticlesInBrowser } from "@/components/engines/keep-in-browser-switch";
import { PrivacySwitch } from "@/components/engines/privacy-switch";
import { useEngineStatus } from "@/components/engines/use-engine-status";
import { ImportPanel } from "@/components/documents/import-panel";
import { resolveEngineChoice } from "@/lib/api-client/browser-engine-choice";
import {
  CHROME_ENGINE_ID,
  isBrowserEngine,
  ON_DEVICE_ENGINE_ID,
} from "@/lib/api-client/browser-engine-ids";
import { onOnDeviceChange } from "@/lib/on-device/download-controller";
import { canTranslate } from "@/lib/translation/engines/chrome/chrome-engine";
import { RecentDocumentsList } from "@/components/documents/recent-documents-list";
import type { ApiDocument } from "@/lib/api/wire-types";
import type { TranslateInput } from "@/lib/api-client/api-client";
import { useT } from "@/lib/i18n/client";
import {
  engineQueryOptions,
  summaryQueryOptions,
  translationQueryKey,
  type TranslationState,
} from "@/lib/query/translation-queries";
import { DEFAULT_LIMITS } from "@/lib/api-client/stream-article";
import { detectLanguage } from "@/lib/text/detect-language";
import { hasTranslatableContent } from "@/lib/text/normalize";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import { joinRows, toReadableRows } from "@/lib/text/readable-rows";
import { ArticleInput, type Direction } from "./article-input";
import { ArticleSummaryBar } from "./article-summary-bar";
import { useArticleText } from "./use-article-text";
import { useReadingHistory } from "./use-reading-history";
import { ReaderView } from "./reader-view";
import type { ArticleDetails } from "./reader-types";
import { useBrowserEngines } from "./use-browser-engines";
import { useStartTranslation } from "./use-start-translation";
import { rowsOnScreen } from "./rows-on-screen";
import { TextInItsLanguage } from "./text-in-its-language";

/**
 * What the home page's form held before the reader's code arrived (components/home), handed
 * over so nothing typed or chosen is lost; `start` when the reader was asked to translate it.
 */
export interface FormHandOver {
  text: string;
  direction: Direction;
  /** The engine picked in the form, or null to leave the choice to the reader. */
  engine: string | null;
  start: boolean;
}

/**
 * The working area: paste or import an article, pick a direction and engine, then read. Given a
 * saved document (its permalink), it opens with every row and the summary already there.
 */
export function Translator({
  initialDocument,
  handOver,
}: { initialDocument?: ApiDocument; handOver?: FormHandOver } = {}) {
  const { t } = useT();
  const queryClient = useQueryClient();
  // The saved rows and summary go into the query cache before the reader mounts, so it finds
  // them there and asks no engine (queries here never go stale).
  const [initialInput] = useState<TranslateInput | null>(() => {
    if (!initialDocument) return null;
    const seeded: TranslateInput = {
      paragraphs: initialDocument.paragraphs.map((paragraph) => paragraph.source),
      source: initialDocument.source,
      target: initialDocument.target,
      engine: initialDocument.engine,
    };
    queryClient.setQueryData<TranslationState>(translationQueryKey(seeded), {
      paragraphs: initialDocument.paragraphs,
      done: true,
    });
    if (initialDocument.summary)
      queryClient.setQueryData(
        summaryQueryOptions(seeded, [], true).queryKey,
        initialDocument.summary,
      );
    return seeded;
  });
  const [details, setDetails] = useState<ArticleDetails | null>(() =>
    initialDocument
      ? {
          title: initialDocument.title,
          byline: initialDocument.byline,
          sourceUrl: initialDocument.sourceUrl,
        }
      : null,
  );
  const engines = useQuery(engineQueryOptions());
  const browser = useBrowserEngines();
  const { refresh: refreshBrowserEngines, module: browserModule } = browser;
  // A finished download or a removal changes which engines this browser can use.
  useEffect(
    () =>
      onOnDeviceChange(() => {
        browserModule?.onDeviceEngine().reset();
        refreshBrowserEngines();
      }),
    [browserModule, refreshBrowserEngines],
  );
  const engineList = useMemo(
    () => (engines.data ? [...engines.data.engines, ...browser.engines] : undefined),
    [engines.data, browser.engines],
  );
  const keepInBrowser = useKeepArticlesInBrowser();
  const onDevice = useOnDeviceStatus();
  // Where the article's own paragraphs begin among the rows: a long paragraph is read in
  // several rows, and saved and exported as one paragraph again.
  const [paragraphStarts, setParagraphStarts] = useState<boolean[] | null>(
    () => initialDocument?.paragraphs.map((paragraph) => !paragraph.continues) ?? null,
  );
  const { text, setText, counts } = useArticleText(
    initialInput
      ? joinRows(initialInput.paragraphs, paragraphStarts).paragraphs.join("\n\n")
      : (handOver?.text ?? ""),
    initialDocument === undefined,
  );
  const [direction, setDirection] = useState<Direction>(() =>
    initialInput
      ? initialInput.source === "hi"
        ? "hi-en"
        : "en-hi"
      : (handOver?.direction ?? "auto"),
  );
  const [chosenEngine, setChosenEngine] = useState<string | null>(
    initialInput?.engine ?? handOver?.engine ?? null,
  );
  const [input, setInput] = useState<TranslateInput | null>(initialInput);
  // Whether the open article's engine was picked by `auto` (labels then read "Automatic → …").
  const [automatic, setAutomatic] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  // Reading first: once an article is in the reader, the form folds to one line.
  const [formOpen, setFormOpen] = useState(initialInput === null);
  const [readerShown, setReaderShown] = useState(initialInput !== null);
  // Bumped whenever the reader should take focus: after Translate, and on a permalink.
  const [focusRequest, setFocusRequest] = useState(initialInput === null ? 0 : 1);
  const history = useReadingHistory({
    onShowForm: () => {
      setReaderShown(false);
      setFormOpen(true);
    },
    onShowReader: () => {
      if (input === null) return;
      setReaderShown(true);
      setFormOpen(false);
    },
  });

  const defaultEngine = useMemo(() => {
    // Until the engine list arrives, leave the choice to `auto`: the server then picks the
    // operator's best engine, where falling back to the draft here would fix the article to
    // the word-by-word gloss for a reader who pressed Translate early.
    if (engineList === undefined) return "auto";
    const list = engineList;
    const preferred = list.find(
      (engine) => engine.engineId === engines.data?.default || engine.id === engines.data?.default,
    );
    return (
      (preferred?.available ? preferred : list.find((engine) => engine.available))?.id ??
      "gloss:default"
    );
  }, [engines.data, engineList]);
  const engine = chosenEngine ?? defaultEngine;
  const articleLimit = engines.data?.limits?.articleCharacters ?? DEFAULT_LIMITS.articleCharacters;
  const startTranslation = useStartTranslation(engines.data?.limits);
  const detected = useMemo(() => (text.trim() === "" ? null : detectLanguage(text)), [text]);
  const automaticChoices = useMemo(() => engines.data?.automatic ?? [], [engines.data]);

  // The engine a translation really uses. Runs inside the click (or key press) that asks for
  // it: a browser engine starts getting ready here, since Chrome creates its translator (and
  // downloads its model) only within a user gesture.
  const routeEngine = useCallback(
    (picked: string, source: TranslateInput["source"], target: TranslateInput["target"]) => {
      const choice = resolveEngineChoice({
        picked,
        source,
        target,
        automatic: automaticChoices,
        browser: browser.capabilities,
      });
      if (isBrowserEngine(choice.engine) && browserModule)
        browserModule.startBrowserEngine(choice.engine, source, target, {
          showDownload: choice.download,
        });
      return choice;
    },
    [automaticChoices, browser.capabilities, browserModule],
  );

  const submit = () => {
    const { paragraphs } = segmentParagraphs(text);
    if (!paragraphs.some((paragraph) => hasTranslatableContent(paragraph.text))) {
      setError(t("input.errorEmpty"));
      return;
    }
    const source =
      direction === "hi-en" ? "hi" : direction === "en-hi" ? "en" : detectLanguage(text);
    if (source === null) {
      setError(t("input.errorNoLanguage"));
      return;
    }
    const characters = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
    if (characters > articleLimit) {
      setError(t("input.overLimit", { limit: articleLimit.toLocaleString() }));
      return;
    }
    setError(null);
    const target = source === "hi" ? "en" : "hi";
    // The engine is fixed when the article is submitted, so the engine list arriving late can
    // never swap the engine of an article already being read.
    const choice = routeEngine(engine, source, target);
    setAutomatic(choice.automatic);
    // Each line is a paragraph, as typed; one too long to read (or to correct and save) as a
    // single row is split at sentence boundaries into several.
    const { rows, paragraphStarts: starts } = toReadableRows(
      paragraphs.map((paragraph) => paragraph.text),
    );
    setParagraphStarts(starts);
    const article: TranslateInput = { paragraphs: rows, source, target, engine: choice.engine };
    startTranslation(article);
    setInput(article);
    setFormOpen(false);
    setReaderShown(true);
    setFocusRequest((count) => count + 1);
    history.pushReader();
  };

  // Translate was pressed before the reader's code arrived: start once this browser's engines
  // are known (a moment), so `auto` may pick Chrome's translator as a press here would.
  const startPending = useRef(handOver?.start === true);
  useEffect(() => {
    if (!startPending.current || browserModule === null) return;
    startPending.current = false;
    submit();
  });

  const startNewArticle = () => {
    setText("");
    setDetails(null);
    setError(null);
    setReaderShown(false);
    setFormOpen(true);
    history.pushForm();
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>("textarea")?.focus());
  };

  // Picking another engine while reading re-translates with it (the server cache answers
  // paragraphs it has already seen); the query key includes the engine.
  const chooseEngine = (next: string) => {
    setChosenEngine(next);
    if (!input) return;
    const choice = routeEngine(next, input.source, input.target);
    setAutomatic(choice.automatic);
    const again: TranslateInput = { ...input, engine: choice.engine };
    // The rows on screen now are this article's: they are asked for first.
    startTranslation(again, rowsOnScreen);
    setInput(again);
  };

  const status = useEngineStatus(input, {
    automatic,
    engines: engineList,
    choices: automaticChoices,
    t,
  });
  const draftShown = input !== null && readerShown && status.draftInUse;
  const direction_ = input ? `${input.source}-${input.target}` : null;
  const canUseChrome =
    direction_ !== null &&
    canTranslate(browser.capabilities.chrome[direction_]) &&
    input?.engine !== CHROME_ENGINE_ID;
  // What the privacy statement is about: the open article's engine, else what Translate would use.
  const plannedEngine = useMemo(() => {
    if (input) return input.engine;
    const source = direction === "hi-en" ? "hi" : direction === "en-hi" ? "en" : (detected ?? "hi");
    return resolveEngineChoice({
      picked: engine,
      source,
      target: source === "hi" ? "en" : "hi",
      automatic: automaticChoices,
      browser: browser.capabilities,
    }).engine;
  }, [input, direction, detected, engine, automaticChoices, browser.capabilities]);
  const plannedBrowserEngine = isBrowserEngine(plannedEngine)
    ? engineName(
        { engineId: plannedEngine.split(":", 1)[0] ?? plannedEngine, modelId: "default" },
        t,
      )
    : null;

  return (
    // data-ready marks hydration: until then the buttons are inert, and browser tests wait for it.
    <div className="space-y-8" data-ready={hydrated ? "true" : undefined}>
      {details && (details.title || details.sourceUrl) && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
          <span>
            <TextInItsLanguage
              template={(title) => t("import.imported", { title })}
              text={details.title ?? details.sourceUrl ?? ""}
            />
          </span>
          {details.sourceUrl && details.title && (
            <a
              href={details.sourceUrl}
              rel="noreferrer noopener"
              target="_blank"
              className="truncate text-sky-800 underline dark:text-sky-300"
            >
              {t("import.importedFrom", { source: hostOf(details.sourceUrl) })}
            </a>
          )}
          <button
            type="button"
            onClick={() => setDetails(null)}
            aria-label={t("import.clear")}
            className="rounded border border-stone-300 px-1.5 text-xs hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            ×
          </button>
        </p>
      )}
      {!formOpen && input && (
        <ArticleSummaryBar
          opening={details?.title ?? input.paragraphs[0] ?? ""}
          language={input.source}
          onEdit={() => {
            setText((current) =>
              current.trim() === ""
                ? joinRows(input.paragraphs, paragraphStarts).paragraphs.join("\n")
                : current,
            );
            setFormOpen(true);
            requestAnimationFrame(() =>
              document.querySelector<HTMLTextAreaElement>("textarea")?.focus(),
            );
          }}
          onNew={startNewArticle}
        />
      )}
      <div hidden={!formOpen}>
        <ImportPanel
          onImported={(article) => {
            setText(article.paragraphs.join("\n\n"));
            setDetails({
              title: article.title,
              byline: article.byline,
              sourceUrl: article.sourceUrl,
            });
            setDirection("auto");
            setError(null);
          }}
        >
          <ArticleInput
            text={text}
            onTextChange={(value) => {
              setText(value);
              setError(null);
              // The title and address belong to the imported article: once its opening is gone
              // (a sample loaded, another article pasted), they would mislabel the new text.
              const opening = text.trim().slice(0, 40);
              if (details && opening !== "" && !value.includes(opening)) setDetails(null);
            }}
            direction={direction}
            onDirectionChange={setDirection}
            detected={detected}
            engine={engine}
            onEngineChange={chooseEngine}
            engines={engineList}
            error={error}
            busy={false}
            compact={input !== null}
            counts={counts}
            articleLimit={articleLimit}
            onSubmit={submit}
          />
        </ImportPanel>
        <PrivacySwitch browserEngineName={plannedBrowserEngine} />
      </div>
      <BrowserDownloadBar />
      {draftShown && (
        <DraftNotice
          browserProblem={status.browserProblem}
          canUseChrome={canUseChrome}
          onUseEngine={(family) =>
            chooseEngine(family === "chrome" ? CHROME_ENGINE_ID : ON_DEVICE_ENGINE_ID)
          }
          onRemoved={refreshBrowserEngines}
        />
      )}
      {/* While the draft is read, the notice holds the download, its progress and Resume, so
          nothing else stands between the page's top and the reader. Otherwise the panel sits
          with the form, or stays in view while a download runs or waits to be resumed. */}
      {!draftShown &&
        (formOpen || onDevice.status === "downloading" || onDevice.status === "failed") && (
          <OnDevicePanel onRemoved={refreshBrowserEngines} />
        )}
      {input && (
        <div hidden={!readerShown}>
          <ReaderView
            // A new article or engine is a new reader: its save state starts afresh.
            key={`${input.engine}-${input.source}-${input.paragraphs.length}-${input.paragraphs[0] ?? ""}`}
            input={input}
            engines={engineList}
            engineStatus={status.label}
            keepInBrowser={keepInBrowser}
            details={details}
            paragraphStarts={paragraphStarts}
            savedId={input === initialInput && initialDocument ? initialDocument.id : null}
            focusRequest={focusRequest}
            limits={engines.data?.limits}
          />
        </div>
      )}
      {!initialDocument && !readerShown && <RecentDocumentsList />}
    </div>
  );
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

const subscribeNever = () => () => undefined;

/** False during server rendering and hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
