"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useFlagAfterPaint } from "./after-paint";
import { useMenu } from "./use-menu";
import type { TranslateInput } from "@/lib/api-client/api-client";
import { copyText } from "@/lib/clipboard";
import { useT } from "@/lib/i18n/client";
import { summaryQueryOptions } from "@/lib/query/translation-queries";
import type { SummaryCopyFormat } from "@/lib/summary/format-summary";
import { summaryCopyText } from "./summary-copy";

interface SummaryPanelProps {
  input: TranslateInput;
  translations: (string | null)[];
  ready: boolean;
  readTranslation: boolean;
  onGoToParagraph: (index: number) => void;
  /** On a phone the summary comes first, folded to one line until the reader opens it. */
  narrow?: boolean;
  /**
   * What a copied summary carries besides bullets: the saved document, and how it was
   * translated (asked for when a copy is made).
   */
  copyDetails?: { documentId: string | null; note: () => string };
}

export function SummaryPanel({
  input,
  translations,
  ready,
  readTranslation,
  onGoToParagraph,
  narrow = false,
  copyDetails,
}: SummaryPanelProps) {
  const { t } = useT();
  // The summary is asked for once the finished rows are painted: its request carries the whole
  // article, and sending it in the same task as those rows' render delayed them.
  const requested = useFlagAfterPaint(ready);
  const summary = useQuery(summaryQueryOptions(input, translations, requested));
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [manualText, setManualText] = useState<string | null>(null);
  const {
    open: menuOpen,
    close: closeMenu,
    containerRef: menuContainerRef,
    buttonRef: menuButtonRef,
    menuRef,
    buttonProps: menuButtonProps,
    menuProps,
  } = useMenu();
  const [folded, setFolded] = useState(true);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const hidden = narrow && folded;

  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (manualText !== null) manualRef.current?.select();
  }, [manualText]);

  const bullets = summary.data?.bullets ?? [];
  const readingLanguage = readTranslation ? input.target : input.source;

  const copy = async (format: SummaryCopyFormat) => {
    if (menuOpen) closeMenu(true);
    const text = summaryCopyText({
      bullets,
      format,
      readTranslation,
      paragraphs: input.paragraphs,
      translations,
      defaultTitle: t("summary.defaultTitle"),
      documentId: copyDetails?.documentId,
      note: copyDetails?.note,
    });
    if (await copyText(text)) {
      setManualText(null);
      setStatus("copied");
    } else {
      setManualText(text);
      setStatus("failed");
    }
  };

  return (
    <section
      aria-labelledby="summary-heading"
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2
          id="summary-heading"
          tabIndex={-1}
          className="scroll-mt-20 text-lg font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {t("summary.title")}
        </h2>
        {narrow && (
          <button
            type="button"
            aria-expanded={!folded}
            aria-controls="summary-body"
            onClick={() => setFolded((value) => !value)}
            className="rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {folded ? t("summary.show", { count: bullets.length }) : t("summary.hide")}
          </button>
        )}
        {bullets.length > 0 && !hidden && (
          <div className="relative flex" ref={menuContainerRef}>
            <button
              type="button"
              onClick={() => void copy("plain")}
              className="rounded-l-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900"
            >
              {t("summary.copy")}
            </button>
            <button
              type="button"
              ref={menuButtonRef}
              {...menuButtonProps}
              aria-label={t("summary.copyOptions")}
              className="rounded-r-md border-l border-sky-600 bg-sky-800 px-2 py-1.5 text-sm text-white hover:bg-sky-900"
            >
              ▾
            </button>
            {menuOpen && (
              <div
                ref={menuRef}
                {...menuProps}
                className="absolute right-0 top-full z-20 mt-1 w-56 rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-800"
              >
                <button
                  role="menuitem"
                  tabIndex={-1}
                  type="button"
                  onClick={() => void copy("markdown")}
                  className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 dark:hover:bg-stone-700 dark:focus:bg-stone-700"
                >
                  {t("summary.copyMarkdown")}
                </button>
                <button
                  role="menuitem"
                  tabIndex={-1}
                  type="button"
                  onClick={() => void copy("both")}
                  className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 dark:hover:bg-stone-700 dark:focus:bg-stone-700"
                >
                  {t("summary.copyBoth")}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
      <div id="summary-body" hidden={hidden}>
        <p
          role="status"
          aria-live="polite"
          className="min-h-5 text-sm text-emerald-800 dark:text-emerald-300"
        >
          {status === "copied" ? t("summary.copied") : ""}
        </p>
        {status === "failed" && manualText !== null && (
          <div className="mb-3">
            <p className="text-sm text-red-800 dark:text-red-300">{t("summary.copyFailed")}</p>
            <textarea
              ref={manualRef}
              readOnly
              value={manualText}
              rows={6}
              className="mt-1 w-full rounded border border-stone-300 p-2 text-sm dark:border-stone-600 dark:bg-stone-950"
            />
          </div>
        )}
        {!ready && (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("summary.loading")}</p>
        )}
        {ready && summary.isPending && (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("summary.loading")}</p>
        )}
        {summary.isError && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {t("summary.error", { message: summary.error.message })}
          </p>
        )}
        {bullets.length > 0 && (
          <>
            <ul className="mt-1 space-y-2">
              {bullets.map((bullet, position) => {
                const paragraph = bullet.paragraphs[0] ?? 0;
                const text = readTranslation
                  ? (bullet.translation ?? bullet.source)
                  : bullet.source;
                const language =
                  readTranslation && bullet.translation !== null ? readingLanguage : input.source;
                return (
                  <li key={`${paragraph}-${position}`} className="flex gap-2">
                    <span aria-hidden="true">•</span>
                    <a
                      href={`#p-${paragraph}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onGoToParagraph(paragraph);
                      }}
                      className="reader-text rounded hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
                    >
                      <span lang={language}>{text}</span>{" "}
                      <span className="whitespace-nowrap text-xs text-stone-500 dark:text-stone-400">
                        ({t("summary.goToParagraph", { number: paragraph + 1 })})
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
            <p className="mt-3 text-xs text-stone-500 dark:text-stone-400">
              {t("summary.method", {
                method:
                  summary.data?.method === "llm"
                    ? t("summary.methodLlm")
                    : t("summary.methodExtractive"),
              })}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
