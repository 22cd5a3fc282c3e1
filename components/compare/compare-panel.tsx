"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { engineLabel } from "@/components/engines/engine-labels";
import { translateParagraphs } from "@/lib/api-client/api-client";
import type { ApiEngine, ApiParagraph } from "@/lib/api/wire-types";
import { diffWords, type DiffPart } from "@/lib/compare/word-diff";
import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/text/language";

const BUTTON =
  "rounded-md border border-stone-400 px-2 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60 dark:border-stone-500 dark:text-stone-200 dark:hover:bg-stone-800";

/** Text with the words the other side lacks marked; never HTML, always text nodes. */
function MarkedText({ parts, language }: { parts: DiffPart[]; language: LanguageCode }) {
  return (
    <p lang={language} className="reader-text whitespace-pre-wrap break-words leading-relaxed">
      {parts.map((part, position) =>
        part.changed ? (
          <mark
            key={position}
            className="rounded bg-amber-200 text-inherit underline decoration-dotted dark:bg-amber-800"
          >
            {part.text}
          </mark>
        ) : (
          <span key={position}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * One paragraph's translation beside another engine's, word differences marked. "Use this one"
 * keeps the other engine's text as a correction of the paragraph, its author the engine's id.
 */
export function ComparePanel({
  paragraph,
  translation,
  source,
  target,
  candidates,
  onUse,
  onClose,
}: {
  paragraph: ApiParagraph;
  translation: string;
  source: LanguageCode;
  target: LanguageCode;
  candidates: ApiEngine[];
  /** Saves `text` as the paragraph's correction, naming `engine`; resolves when saved. */
  onUse: (text: string, engine: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useT("checks");
  const { t: tCommon } = useT();
  const [chosen, setChosen] = useState(candidates[0]?.id ?? "");
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ used: string } | { error: string } | null>(null);
  const selectId = useId();
  const engine = candidates.find((candidate) => candidate.id === chosen);
  const name = engine ? engineLabel(engine, tCommon) : chosen;
  const currentName = engineLabel(
    {
      engineId: paragraph.engine.split(":")[0] ?? paragraph.engine,
      modelId: paragraph.engine.split(":")[1] ?? "default",
    },
    tCommon,
  );

  const other = useQuery({
    queryKey: ["compare", chosen, source, target, paragraph.source],
    enabled: chosen !== "",
    retry: false,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const [result] = await translateParagraphs(
        { paragraphs: [paragraph.source], source, target, engine: chosen, fallback: false },
        signal,
      );
      if (!result || typeof result.translation !== "string")
        throw new Error(result?.error?.message ?? "no translation");
      return result.translation;
    },
  });
  const diff = useMemo(
    () => (typeof other.data === "string" ? diffWords(translation, other.data) : null),
    [translation, other.data],
  );

  const use = async (text: string) => {
    setSaving(true);
    try {
      await onUse(text, chosen);
      setOutcome({ used: name });
    } catch (error) {
      setOutcome({ error: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section
      aria-label={t("compare.heading", { number: paragraph.index + 1 })}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onClose();
      }}
      className="compare-panel mt-2 w-full basis-full rounded-lg border border-stone-300 p-3 dark:border-stone-700"
    >
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={selectId} className="text-sm">
          {t("compare.choose")}
        </label>
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            setOutcome(null);
          }}
          className="rounded-md border border-stone-400 bg-white px-2 py-1 text-sm dark:border-stone-500 dark:bg-stone-900"
        >
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {engineLabel(candidate, tCommon)}
            </option>
          ))}
        </select>
        <button type="button" onClick={onClose} className={BUTTON}>
          {t("compare.close")}
        </button>
      </div>
      {other.isPending && (
        <p role="status" className="mt-2 text-sm">
          {t("compare.loading", { engine: name })}
        </p>
      )}
      {other.isError && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {t("compare.failed", { engine: name, message: other.error.message })}
        </p>
      )}
      {diff && typeof other.data === "string" && (
        <>
          <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">{t("compare.legend")}</p>
          <div className="mt-1 grid gap-4 sm:grid-cols-2">
            <figure>
              <figcaption className="text-xs font-semibold">
                {t("compare.current", { engine: currentName })}
              </figcaption>
              <MarkedText parts={diff.a} language={target} />
            </figure>
            <figure>
              <figcaption className="text-xs font-semibold">
                {t("compare.other", { engine: name })}
              </figcaption>
              <MarkedText parts={diff.b} language={target} />
              <button
                type="button"
                disabled={saving || other.data === translation}
                onClick={() => void use(other.data)}
                className={`mt-1 ${BUTTON}`}
              >
                {t("compare.useThis")}
              </button>
            </figure>
          </div>
        </>
      )}
      {outcome && "used" in outcome && (
        <p role="status" className="mt-2 text-sm text-emerald-800 dark:text-emerald-300">
          {t("compare.used", { engine: outcome.used })}
        </p>
      )}
      {outcome && "error" in outcome && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {outcome.error}
        </p>
      )}
    </section>
  );
}
