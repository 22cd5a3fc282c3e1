"use client";

import { useId, useState } from "react";
import { useT } from "@/lib/i18n/client";
import {
  OnDeviceOffer,
  supportsOnDevice,
  useCheckedOnDeviceManifest,
  useOnDeviceStatus,
} from "./on-device-panel";

/** Where the README's engine table is served, for site operators. */
export const ENGINE_GUIDE_URL = "/api/engines/guide";

/**
 * The one notice shown while rows are the offline word-by-word draft: what it is and why, what
 * the reader can do now (this browser's translator, the on-device one), and where a site
 * operator learns what can be set up. Never an administrator's instruction.
 *
 * It sits above the reader, so it stays short: the on-device translator's details and download
 * unfold inside it only when asked for (or while a download runs or waits to be resumed).
 */
export function DraftNotice(props: {
  /** Why a chosen browser engine could not be used, if that is why the draft is shown. */
  browserProblem: string | null;
  canUseChrome: boolean;
  onUseEngine: (engine: "chrome" | "on-device") => void;
  /** After the on-device translator is removed: the engine list changes. */
  onRemoved: () => void;
}) {
  const { t } = useT();
  const manifest = useCheckedOnDeviceManifest();
  const onDevice = useOnDeviceStatus();
  const [asked, setAsked] = useState(false);
  const optionsId = useId();
  const busy = onDevice.status === "downloading" || onDevice.status === "failed";
  const open = asked || busy;
  const action =
    "rounded-md border border-amber-700 px-3 py-1 text-sm hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900";
  return (
    <aside
      aria-label={t("engines.draftNotice.title")}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>
        <strong>{t("engines.draftNotice.lead")}</strong>{" "}
        {props.browserProblem
          ? t("engines.draftNotice.whyBrowserFailed", { reason: props.browserProblem })
          : t("engines.draftNotice.why")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {props.canUseChrome && (
          <button type="button" className={action} onClick={() => props.onUseEngine("chrome")}>
            {t("engines.draftNotice.useChrome")}
          </button>
        )}
        {onDevice.status === "ready" && (
          <button type="button" className={action} onClick={() => props.onUseEngine("on-device")}>
            {t("engines.draftNotice.useOnDevice")}
          </button>
        )}
        {!busy && (
          <button
            type="button"
            className={action}
            aria-expanded={open}
            aria-controls={optionsId}
            onClick={() => setAsked((value) => !value)}
          >
            {t("engines.draftNotice.better")}
          </button>
        )}
      </div>
      <div id={optionsId} hidden={!open} className="space-y-2">
        {manifest.data && supportsOnDevice() && (
          <OnDeviceOffer manifest={manifest.data} onRemoved={props.onRemoved} />
        )}
        <p>
          <a href={ENGINE_GUIDE_URL} className="underline" target="_blank" rel="noreferrer">
            {t("engines.draftNotice.operator")}
          </a>
        </p>
      </div>
    </aside>
  );
}
