"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useMenu } from "@/components/reader/use-menu";
import { copyText } from "@/lib/clipboard";
import {
  getRecentDocuments,
  getServerRecentDocuments,
  subscribeRecentDocuments,
} from "@/lib/documents/recent-documents";
import { useRomanizationPreference } from "@/components/reading-aids/romanization-preference";
import { foldedOnPhones, usePhoneFold } from "@/components/reading-aids/reading-aids-context";
import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/translation/engine-spec";

export type SaveState =
  | { status: "unsaved" }
  | { status: "saving" }
  | { status: "saved"; id: string }
  | { status: "failed"; message: string };

const BUTTON =
  "rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/** Where the document stands: saving, saved with its permalink and exports, or why not. */
export function DocumentBar({
  state,
  onRetry,
  source,
  target,
}: {
  state: SaveState;
  onRetry: () => void;
  source: LanguageCode;
  target: LanguageCode;
}) {
  const { t, i18n } = useT();
  const [copied, setCopied] = useState<"read" | "edit" | null>(null);
  const recent = useSyncExternalStore(
    subscribeRecentDocuments,
    getRecentDocuments,
    getServerRecentDocuments,
  );
  const savedId = state.status === "saved" ? state.id : null;
  const editKey = recent.find((item) => item.id === savedId)?.editKey;
  const {
    open: exportOpen,
    close: closeExport,
    containerRef: exportContainerRef,
    buttonRef: exportButtonRef,
    menuRef: exportMenuRef,
    buttonProps: exportButtonProps,
    menuProps: exportMenuProps,
  } = useMenu();
  const romanization = useRomanizationPreference();
  // On a phone the share and export buttons fold with the reading aids (one button opens both).
  const folded = foldedOnPhones(usePhoneFold());

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  if (state.status === "unsaved") return null;
  if (state.status === "saving") {
    return (
      <p role="status" className="mb-3 text-sm text-stone-700 dark:text-stone-300">
        {t("document.saving")}
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <div
        role="alert"
        className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        <span>{t("document.saveFailed", { message: state.message })}</span>
        <button type="button" onClick={onRetry} className={BUTTON}>
          {t("document.saveAgain")}
        </button>
      </div>
    );
  }

  const path = `/d/${state.id}`;
  // Exports are labelled and dated in the reader's interface language and time zone.
  const exportUrl = (query: string) =>
    `/api/documents/${state.id}/export?${query}&${new URLSearchParams({
      lang: i18n.language === "hi" ? "hi" : "en",
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      // The romanised line goes into the export when the reader has it on.
      ...(romanization.on ? { romanization: romanization.scheme } : {}),
    }).toString()}`;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <span role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
        {t("document.saved")}
      </span>
      <a href={path} className="text-sky-800 underline dark:text-sky-300">
        {t("document.permalink")}
      </a>
      <button
        type="button"
        className={`${BUTTON} ${folded}`}
        onClick={() =>
          void copyText(new URL(path, window.location.href).toString()).then(
            (done) => done && setCopied("read"),
          )
        }
      >
        {copied === "read" ? t("document.linkCopied") : t("document.copyLink")}
      </button>
      {editKey !== undefined && (
        <button
          type="button"
          className={`${BUTTON} ${folded}`}
          title={t("document.editLinkHint")}
          onClick={() =>
            void copyText(new URL(`${path}#edit=${editKey}`, window.location.href).toString()).then(
              (done) => done && setCopied("edit"),
            )
          }
        >
          {copied === "edit" ? t("document.editLinkCopied") : t("document.copyEditLink")}
        </button>
      )}
      <div className={`relative ${folded}`} ref={exportContainerRef}>
        <button ref={exportButtonRef} type="button" className={BUTTON} {...exportButtonProps}>
          {t("document.export")} <span aria-hidden="true">▾</span>
        </button>
        {exportOpen && (
          <div
            ref={exportMenuRef}
            {...exportMenuProps}
            aria-label={t("document.export")}
            className="absolute left-0 z-20 mt-1 w-80 rounded-md border border-stone-300 bg-white p-1 shadow-lg dark:border-stone-600 dark:bg-stone-900"
          >
            {[
              ["format=markdown", t("document.exportMarkdown")],
              ["format=html", t("document.exportHtml")],
              [
                "format=text&side=source",
                t("document.exportSource", { language: t(`languages.${source}`) }),
              ],
              [
                "format=text&side=target",
                t("document.exportTarget", { language: t(`languages.${target}`) }),
              ],
            ].map(([query, label]) => (
              <a
                key={query}
                role="menuitem"
                tabIndex={-1}
                href={exportUrl(query ?? "")}
                download
                // A menu item answers Space as well as Enter; a link alone answers only Enter.
                onKeyDown={(event) => {
                  if (event.key !== " ") return;
                  event.preventDefault();
                  event.currentTarget.click();
                }}
                onClick={() => closeExport(true)}
                className="block rounded px-2 py-1.5 hover:bg-stone-100 focus:bg-stone-100 dark:hover:bg-stone-800 dark:focus:bg-stone-800"
              >
                {label}
              </a>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
