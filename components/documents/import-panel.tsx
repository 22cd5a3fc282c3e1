"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { importFromFile, importFromUrl } from "@/lib/api-client/api-client";
import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import { joinRows } from "@/lib/text/readable-rows";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
const BUTTON =
  "rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800";

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
  const ids = { url: useId(), error: useId(), question: useId() };
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // An import waiting for the reader to say whether it may replace their text.
  const [awaiting, setAwaiting] = useState<ApiImportedArticle | null>(null);
  // The text an import replaced, for Undo; and the last import's notice and warning.
  const [replaced, setReplaced] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
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
  const importFile = (file: File | undefined) => {
    if (file) void run((signal) => importFromFile(file, signal));
  };

  return (
    <div>
      <form
        className="mb-3 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const address = url.trim();
          if (address === "") return;
          // "www.example.in/story" is how addresses are often copied; read it as https.
          const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
          void run((signal) => importFromUrl(withScheme, signal));
        }}
      >
        <div className="min-w-60 flex-1">
          <label htmlFor={ids.url} className="block text-sm font-medium">
            {t("import.urlLabel")}
          </label>
          <input
            id={ids.url}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder={t("import.urlPlaceholder")}
            aria-invalid={error !== null}
            aria-describedby={error ? ids.error : undefined}
            className="mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <button type="submit" disabled={busy || url.trim() === ""} className={BUTTON}>
          {busy ? t("import.importing") : t("import.fromUrl")}
        </button>
        <button
          type="button"
          disabled={busy}
          className={BUTTON}
          onClick={() => fileInput.current?.click()}
        >
          {t("import.fromFile")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            importFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <span className="text-xs text-stone-600 dark:text-stone-400">{t("import.dropHint")}</span>
      </form>
      {awaiting && (
        <div
          role="group"
          aria-labelledby={ids.question}
          className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
        >
          <span id={ids.question}>{t("import.replaceQuestion", { title: titleOf(awaiting) })}</span>
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
      {error && (
        <p
          id={ids.error}
          role="alert"
          className="mb-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div
        ref={boxArea}
        className={`relative rounded-lg ${dragging ? "ring-2 ring-sky-600 ring-offset-2" : ""}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          if (event.dataTransfer.files.length === 0) return;
          event.preventDefault();
          setDragging(false);
          importFile(event.dataTransfer.files[0]);
        }}
      >
        {dragging && (
          <p className="pointer-events-none absolute inset-x-0 top-2 z-10 text-center text-sm font-semibold text-sky-800 dark:text-sky-300">
            {t("import.dropHere")}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}
