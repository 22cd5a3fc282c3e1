"use client";

import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { importStrings } from "./import-strings";
import { importFromFile, importFromUrl } from "@/lib/api-client/api-client";
import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import { joinRows } from "@/lib/text/readable-rows";
import { IMPORT_BUTTON as BUTTON, ImportPanelFrame } from "./import-panel-frame";

/**
 * An import asked for on the home page before the reader's code arrived (components/home): the
 * address typed, and the address or file to import at once. The panel takes it over on mount.
 */
export interface ImportHandOver {
  url: string;
  start: { url: string } | { file: File } | null;
}

export const ImportHandOverContext = createContext<ImportHandOver | null>(null);

/**
 * The article as the text box should hold it: one line per original paragraph, as typing or
 * pasting would give. The reader splits a long line into the same readable rows when it
 * translates, and keeps where each paragraph began, so saving and exporting find them again.
 */
export function articleForTextBox(article: ApiImportedArticle): ApiImportedArticle {
  const starts = article.paragraphStarts;
  if (!starts || starts.length !== article.paragraphs.length) return article;
  return { ...article, paragraphs: joinRows(article.paragraphs, starts).paragraphs };
}

/**
 * Import from a web address or a file, above the text box it fills. A file can also be dropped
 * anywhere on `children` (the text box). Importing replaces the text only when it succeeds, so
 * a failed import never loses what the reader had typed; when the box already holds text, it
 * asks first, and the replaced text can be brought back with Undo.
 *
 * `currentText` is the box's text; without it the panel reads the text area among `children`.
 */
export function ImportPanel({
  onImported,
  currentText,
  children,
}: {
  onImported: (article: ApiImportedArticle) => void;
  currentText?: string;
  children: ReactNode;
}) {
  const { t } = useT();
  const handOver = useContext(ImportHandOverContext);
  const ids = { question: useId() };
  const [url, setUrl] = useState(handOver?.url ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An import waiting for the reader to say whether it may replace their text.
  const [awaiting, setAwaiting] = useState<ApiImportedArticle | null>(null);
  // The text an import replaced, for Undo; and the last import's notice and warning.
  const [replaced, setReplaced] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const boxArea = useRef<HTMLDivElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    if (awaiting) replaceButton.current?.focus();
  }, [awaiting]);

  const textInBox = () => currentText ?? boxArea.current?.querySelector("textarea")?.value ?? "";
  const titleOf = (article: ApiImportedArticle) => article.title ?? t("import.untitled");

  const apply = (article: ApiImportedArticle, previous: string) => {
    setAwaiting(null);
    onImported(articleForTextBox(article));
    setReplaced(previous.trim() === "" ? null : previous);
    setNotice(t("import.done", { title: titleOf(article) }));
    setWarning(article.warning?.code === "import_thin_article" ? t("import.thinArticle") : null);
  };

  const receive = (article: ApiImportedArticle) => {
    if (textInBox().trim() === "") apply(article, "");
    else setAwaiting(article);
  };

  const undo = () => {
    if (replaced === null) return;
    onImported({ title: null, byline: null, sourceUrl: null, paragraphs: [replaced] });
    setReplaced(null);
    setWarning(null);
    setNotice(t("import.undone"));
  };

  const run = async (load: (signal: AbortSignal) => Promise<ApiImportedArticle>) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setBusy(true);
    setError(null);
    setAwaiting(null);
    try {
      receive(await load(controller.signal));
      setUrl("");
    } catch (caught) {
      if (controller.signal.aborted) return;
      setError(t("import.failed", { message: (caught as Error).message || t("errors.generic") }));
    } finally {
      if (pending.current === controller) {
        pending.current = null;
        setBusy(false);
      }
    }
  };
  const importFile = (file: File) => void run((signal) => importFromFile(file, signal));

  const importUrl = (address: string) => {
    // "www.example.in/story" is how addresses are often copied; read it as https.
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
    void run((signal) => importFromUrl(withScheme, signal));
  };

  // An import pressed on the home page before this panel loaded runs now, once.
  const handOverStart = useRef(handOver?.start ?? null);
  useEffect(() => {
    const start = handOverStart.current;
    if (start === null) return;
    handOverStart.current = null;
    if ("url" in start) importUrl(start.url);
    else importFile(start.file);
  });

  return (
    <ImportPanelFrame
      strings={importStrings(t)}
      url={url}
      onUrlChange={setUrl}
      busy={busy}
      error={error}
      onImportUrl={importUrl}
      onFile={importFile}
      boxArea={boxArea}
      notices={
        <>
          {awaiting && (
            <div
              role="group"
              aria-labelledby={ids.question}
              className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
            >
              <span id={ids.question}>
                {t("import.replaceQuestion", { title: titleOf(awaiting) })}
              </span>
              <button
                ref={replaceButton}
                type="button"
                className={BUTTON}
                onClick={() => apply(awaiting, textInBox())}
              >
                {t("import.replace")}
              </button>
              <button type="button" className={BUTTON} onClick={() => setAwaiting(null)}>
                {t("import.keepText")}
              </button>
            </div>
          )}
          {notice && !awaiting && (
            <p role="status" className="mb-3 flex flex-wrap items-center gap-2 text-sm">
              <span>{notice}</span>
              {replaced !== null && (
                <button type="button" className={BUTTON} onClick={undo}>
                  {t("import.undo")}
                </button>
              )}
            </p>
          )}
          {warning && !awaiting && (
            <p
              role="alert"
              className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              {warning}
            </p>
          )}
        </>
      }
    >
      {children}
    </ImportPanelFrame>
  );
}
