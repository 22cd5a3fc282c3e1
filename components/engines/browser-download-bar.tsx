"use client";

import { useSyncExternalStore } from "react";
import {
  currentBrowserDownload,
  subscribeBrowserDownload,
} from "@/lib/api-client/browser-download";
import { useT } from "@/lib/i18n/client";

/**
 * The browser translator's model download, as the browser reports it (the Translator monitor's
 * `downloadprogress` events), with Cancel: the rows then get the offline draft instead.
 */
export function BrowserDownloadBar() {
  const { t } = useT();
  const download = useSyncExternalStore(
    subscribeBrowserDownload,
    currentBrowserDownload,
    () => null,
  );
  if (!download) return null;
  const percent = download.loaded === null ? null : Math.round(download.loaded * 100);
  return (
    <div
      role="status"
      className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">{t("engines.download.chromeTitle")}</span>
        <button
          type="button"
          onClick={download.cancel}
          className="rounded-md border border-sky-700 px-3 py-1 hover:bg-sky-100 dark:border-sky-300 dark:hover:bg-sky-900"
        >
          {t("engines.download.cancel")}
        </button>
      </div>
      <div
        role="progressbar"
        aria-label={t("engines.download.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent === null ? {} : { "aria-valuenow": percent })}
        className="mt-2 h-2 overflow-hidden rounded bg-sky-200 dark:bg-sky-900"
      >
        <div
          className="h-full bg-sky-700 transition-[width] dark:bg-sky-300"
          style={{ width: `${percent ?? 0}%` }}
        />
      </div>
      <p className="mt-1">
        {percent === null
          ? t("engines.download.starting")
          : t("engines.download.progress", { percent })}
      </p>
    </div>
  );
}
