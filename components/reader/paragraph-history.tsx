"use client";

import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { fetchRevisions } from "@/lib/api-client/api-client";
import { revisionsQueryKey } from "@/lib/query/translation-queries";

/**
 * Every version of one paragraph, newest first: the corrections, and the engine's text they
 * started from. Any version but the current one can be restored; restoring saves it as a new
 * revision, so the history only ever grows.
 */
export function ParagraphHistory({
  documentId,
  position,
  memoryKey,
  language,
  currentRevisionId,
  onRevert,
  busy,
  t,
}: {
  /** The saved document the paragraph belongs to: its history is reached through it. */
  documentId: string;
  position: number;
  memoryKey: string;
  language: string;
  currentRevisionId: number | null;
  /** Restores a version; `engineVersion` is true for the engine's own text. */
  onRevert: (text: string, engineVersion: boolean) => void;
  busy: boolean;
  t: TFunction;
}) {
  const revisions = useQuery({
    queryKey: revisionsQueryKey(memoryKey),
    queryFn: ({ signal }) => fetchRevisions(documentId, position, signal),
    staleTime: 0,
  });
  const format = (iso: string) =>
    new Date(iso).toLocaleString(language === "hi" ? "hi-IN" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    });

  if (revisions.isPending) return <p className="mt-2 text-sm">{t("edit.historyLoading")}</p>;
  if (revisions.isError)
    return (
      <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
        {t("edit.historyFailed", { message: revisions.error.message })}
      </p>
    );
  const list = revisions.data;
  const original = list[0]?.previousText ?? null;
  // Suggestions are listed but never current: only a correction changes the paragraph.
  const latestId = list.filter((revision) => revision.kind === "correction").at(-1)?.id ?? null;
  const current = currentRevisionId ?? latestId;
  return (
    <div className="mt-2 rounded-md border border-stone-300 p-2 dark:border-stone-600">
      <h3 className="text-sm font-semibold">{t("edit.historyTitle")}</h3>
      {list.length === 0 && <p className="text-sm">{t("edit.historyEmpty")}</p>}
      <ol className="mt-1 space-y-2">
        {[...list].reverse().map((revision) => (
          <li key={revision.id} className="text-sm">
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {revision.author === null && revision.text === original
                ? t("edit.restoredOn", { date: format(revision.createdAt) })
                : revision.author === null
                  ? t("edit.versionOn", { date: format(revision.createdAt) })
                  : t("edit.versionBy", {
                      author: revision.author,
                      date: format(revision.createdAt),
                    })}
              {revision.id === current && ` · ${t("edit.current")}`}
              {revision.kind === "suggestion" && ` · ${t("edit.suggestionKind")}`}
            </p>
            <p lang={language} className="whitespace-pre-wrap">
              {revision.text}
            </p>
            {revision.id !== current && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onRevert(revision.text, revision.text === original)}
                className="mt-1 rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                {t("edit.revert")}
              </button>
            )}
          </li>
        ))}
        {original !== null && (
          <li className="text-sm">
            <p className="text-xs text-stone-600 dark:text-stone-400">{t("edit.engineVersion")}</p>
            <p className="whitespace-pre-wrap">{original}</p>
            <button
              type="button"
              disabled={busy}
              onClick={() => onRevert(original, true)}
              className="mt-1 rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {t("edit.revert")}
            </button>
          </li>
        )}
      </ol>
    </div>
  );
}
