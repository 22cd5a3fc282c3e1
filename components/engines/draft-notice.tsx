"use client";

import { useT } from "@/lib/i18n/client";
import { startOnDeviceDownload } from "@/lib/on-device/download-controller";
import { manifestBytes } from "@/lib/on-device/model-manifest";
import {
  megabytes,
  supportsOnDevice,
  useOnDeviceManifest,
  useOnDeviceStatus,
} from "./on-device-panel";

/** Where the README's engine table is served, for site operators. */
export const ENGINE_GUIDE_URL = "/api/engines/guide";

/**
 * The one notice shown while rows are the offline word-by-word draft: what it is and why, what
 * the reader can do now (this browser's translator, the on-device one), and where a site
 * operator learns what can be set up. Never an administrator's instruction.
 */
export function DraftNotice(props: {
  /** Why a chosen browser engine could not be used, if that is why the draft is shown. */
  browserProblem: string | null;
  canUseChrome: boolean;
  onUseEngine: (engine: "chrome" | "on-device") => void;
}) {
  const { t } = useT();
  const manifest = useOnDeviceManifest();
  const onDevice = useOnDeviceStatus();
  const size = manifest.data ? megabytes(manifestBytes(manifest.data)) : null;
  const action =
    "rounded-md border border-amber-700 px-3 py-1 text-sm hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900";
  return (
    <aside
      aria-label={t("engines.draftNotice.title")}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">{t("engines.draftNotice.title")}</p>
      <p>
        {props.browserProblem
          ? t("engines.draftNotice.whyBrowserFailed", { reason: props.browserProblem })
          : t("engines.draftNotice.why")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <span>{t("engines.draftNotice.now")}</span>
        {props.canUseChrome && (
          <button type="button" className={action} onClick={() => props.onUseEngine("chrome")}>
            {t("engines.draftNotice.useChrome")}
          </button>
        )}
        {onDevice.status === "ready" ? (
          <button type="button" className={action} onClick={() => props.onUseEngine("on-device")}>
            {t("engines.draftNotice.useOnDevice")}
          </button>
        ) : (
          manifest.data &&
          supportsOnDevice() &&
          onDevice.status !== "downloading" && (
            <button
              type="button"
              className={action}
              onClick={() => manifest.data && void startOnDeviceDownload(manifest.data)}
            >
              {t("engines.draftNotice.downloadOnDevice", { size })}
            </button>
          )
        )}
      </div>
      <p>
        <a href={ENGINE_GUIDE_URL} className="underline" target="_blank" rel="noreferrer">
          {t("engines.draftNotice.operator")}
        </a>
      </p>
    </aside>
  );
}
