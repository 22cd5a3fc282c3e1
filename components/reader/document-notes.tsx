"use client";

import { useSyncExternalStore } from "react";
import {
  currentBrowserDownload,
  subscribeBrowserDownload,
} from "@/lib/api-client/browser-download";
import { useT } from "@/lib/i18n/client";
import type { EngineBadge } from "./reader-types";

/**
 * How the document was translated, said once above the rows rather than on every one. A draft
 * is called a draft once: the engine's name already says it, so the tag beside it says only
 * what that means, and the draft is named once (by the status, which says how it was chosen).
 */
export function DocumentNotes({
  badge,
  translated,
  ended,
  fallbackCount,
  engineStatus,
}: {
  badge: EngineBadge;
  /**
   * Whether any row has a translation yet. Until one has, the engine is named as awaited, never
   * as the translator: a browser translator still downloading (or never starting) has made
   * nothing, and may be replaced by the draft.
   */
  translated: boolean;
  /**
   * Whether the run is over (finished, refused or broken off). Over with no row translated,
   * nothing is awaited any more: the note says nothing rather than "waiting" for ever, and the
   * reader's alert says what went wrong.
   */
  ended: boolean;
  fallbackCount: number;
  /** How the engine was chosen, when `auto` chose it ("Automatic → Chrome on-device"). */
  engineStatus?: string | undefined;
}) {
  const { t } = useT();
  const downloading = useSyncExternalStore(
    subscribeBrowserDownload,
    () => currentBrowserDownload() !== null,
    () => false,
  );
  const engineNote = translated
    ? t("reader.producedBy", { engine: badge.label })
    : ended
      ? null
      : downloading
        ? t("reader.downloadingEngine", { engine: badge.label })
        : t("reader.preparingEngine", { engine: badge.label });
  return (
    <p
      data-testid="document-notes"
      className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700 dark:text-stone-300"
    >
      {engineNote !== null && !(badge.draft && engineStatus) && <span>{engineNote}</span>}
      {engineStatus && <span>{t("reader.engineLabel", { engine: engineStatus })}</span>}
      {badge.draft && (
        <span className="rounded border border-dashed border-amber-700 px-1 text-amber-800 dark:border-amber-400 dark:text-amber-300">
          {t("reader.notFullTranslation")}
        </span>
      )}
      {fallbackCount > 0 && (
        <span className="rounded border border-red-700 px-1 text-red-800 dark:border-red-400 dark:text-red-300">
          {t("reader.fallbackCount", { count: fallbackCount })}
        </span>
      )}
    </p>
  );
}
