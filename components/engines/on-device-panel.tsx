"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { useT } from "@/lib/i18n/client";
import {
  cancelOnDeviceDownload,
  checkOnDevice,
  onDeviceStatus,
  removeOnDevice,
  startOnDeviceDownload,
  subscribeOnDeviceStatus,
  type OnDeviceStatus,
} from "@/lib/on-device/download-controller";
import { manifestBytes, type ModelManifest } from "@/lib/on-device/model-manifest";

const UNKNOWN: OnDeviceStatus = { status: "unknown" };

/** The manifest of the on-device translator's files (metadata only, no model bytes). */
export function useOnDeviceManifest() {
  return useQuery({
    queryKey: ["on-device-manifest"],
    queryFn: async ({ signal }) => {
      const response = await fetch("/api/engines/on-device", { signal });
      if (!response.ok) throw new Error(`The server answered ${response.status}.`);
      // zod comes with the first manifest, not with the page that shows the panel.
      const { modelManifestSchema } = await import("@/lib/on-device/model-manifest-schema");
      return modelManifestSchema.parse(await response.json());
    },
    staleTime: Infinity,
  });
}

/**
 * The manifest, with the browser's storage checked once for an earlier download. Only an unknown
 * status is checked: a failed download keeps its message (and its Resume) wherever it is shown.
 */
export function useCheckedOnDeviceManifest() {
  const manifest = useOnDeviceManifest();
  useEffect(() => {
    if (manifest.data && onDeviceStatus().status === "unknown") void checkOnDevice(manifest.data);
  }, [manifest.data]);
  return manifest;
}

export function useOnDeviceStatus(): OnDeviceStatus {
  return useSyncExternalStore(subscribeOnDeviceStatus, onDeviceStatus, () => UNKNOWN);
}

export const megabytes = (bytes: number) => Math.max(1, Math.round(bytes / 1_000_000));

export function supportsOnDevice(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof Worker !== "undefined" &&
    typeof WebAssembly !== "undefined" &&
    typeof caches !== "undefined" &&
    typeof DecompressionStream !== "undefined"
  );
}

/**
 * Download and removal of the on-device translator. Nothing is fetched until the reader clicks
 * the download button; the size, where the files come from and their licence are shown first.
 */
export function OnDevicePanel(props: { onRemoved: () => void }) {
  const { t } = useT();
  const manifest = useCheckedOnDeviceManifest();
  if (!manifest.data) return null;
  return (
    <section
      aria-label={t("engines.onDevice.title")}
      className="space-y-2 rounded-md border border-stone-300 p-3 text-sm dark:border-stone-700"
    >
      <h2 className="font-semibold">{t("engines.onDevice.title")}</h2>
      <OnDeviceOffer manifest={manifest.data} onRemoved={props.onRemoved} />
    </section>
  );
}

/**
 * What the on-device translator is, where its files come from, and its download controls: the
 * body of the panel, and what the draft notice unfolds in place so the reader stays near the top.
 */
export function OnDeviceOffer(props: { manifest: ModelManifest; onRemoved: () => void }) {
  const { t } = useT();
  const status = useOnDeviceStatus();
  if (!supportsOnDevice()) return <p>{t("engines.onDevice.unsupported")}</p>;
  const size = megabytes(manifestBytes(props.manifest));
  const origin = {
    mozilla: t("engines.onDevice.originMozilla"),
    "this-server": t("engines.onDevice.originServer"),
    "operator-url": t("engines.onDevice.originUrl"),
  }[props.manifest.origin];
  return (
    <>
      <p>{t("engines.onDevice.explain", { size })}</p>
      <p className="opacity-80">
        {t("engines.onDevice.source", { origin, licence: props.manifest.licence })}
      </p>
      <OnDeviceControls
        manifest={props.manifest}
        status={status}
        size={size}
        onRemoved={props.onRemoved}
      />
    </>
  );
}

function OnDeviceControls(props: {
  manifest: ModelManifest;
  status: OnDeviceStatus;
  size: number;
  onRemoved: () => void;
}) {
  const { t } = useT();
  const { status } = props;
  const button =
    "rounded-md border border-stone-400 px-3 py-1 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";
  if (status.status === "downloading") {
    const percent = Math.round((status.loaded / status.total) * 100);
    return (
      <div role="status">
        <div
          role="progressbar"
          aria-label={t("engines.download.label")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 overflow-hidden rounded bg-stone-200 dark:bg-stone-800"
        >
          <div className="h-full bg-sky-700 dark:bg-sky-300" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span>
            {t("engines.onDevice.downloading", {
              loaded: (status.loaded / 1_000_000).toFixed(1),
              total: (status.total / 1_000_000).toFixed(1),
            })}
          </span>
          <button type="button" onClick={cancelOnDeviceDownload} className={button}>
            {t("engines.onDevice.cancel")}
          </button>
        </p>
      </div>
    );
  }
  if (status.status === "ready") {
    return (
      <p className="flex flex-wrap items-center gap-2">
        <span role="status">{t("engines.onDevice.ready")}</span>
        <button
          type="button"
          onClick={() => void removeOnDevice().then(props.onRemoved)}
          className={button}
        >
          {t("engines.onDevice.remove")}
        </button>
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {status.status === "failed" && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {t("engines.onDevice.failed", { message: status.message })}
        </p>
      )}
      {status.status === "removed" && <p role="status">{t("engines.onDevice.removed")}</p>}
      <button
        type="button"
        onClick={() => void startOnDeviceDownload(props.manifest)}
        className={button}
      >
        {status.status === "failed"
          ? t("engines.onDevice.resume", { size: props.size })
          : t("engines.onDevice.download", { size: props.size })}
      </button>
    </div>
  );
}
