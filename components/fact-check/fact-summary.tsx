"use client";

import { useMemo } from "react";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { summariseFacts, type FactGroup } from "@/lib/fact-check/fact-check";
import { useT } from "@/lib/i18n/client";

const GROUPS: readonly FactGroup[] = ["number", "date", "name", "quote"];

/** The fact check said once above the rows, with a way to each flagged paragraph. */
export function FactSummary({
  paragraphs,
  onGoToParagraph,
}: {
  paragraphs: readonly (ApiParagraph | undefined)[];
  onGoToParagraph: (index: number) => void;
}) {
  const { t } = useT("checks");
  const { counts, flagged } = useMemo(() => {
    const issues = paragraphs.map((paragraph) => paragraph?.factIssues);
    return {
      counts: summariseFacts(issues),
      flagged: issues.flatMap((list, index) => (list && list.length > 0 ? [index] : [])),
    };
  }, [paragraphs]);
  if (flagged.length === 0) return null;
  return (
    <section
      aria-label={t("factCheck.summaryHeading")}
      className="fact-summary mb-2 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{t("factCheck.summaryHeading")}</p>
      <ul>
        {GROUPS.filter((group) => counts[group] > 0).map((group) => (
          <li key={group}>{t(`factCheck.summary_${group}`, { count: counts[group] })}</li>
        ))}
      </ul>
      <nav aria-label={t("factCheck.goToList")} className="mt-1 flex flex-wrap gap-1">
        {flagged.map((index) => (
          <button
            key={index}
            type="button"
            onClick={() => onGoToParagraph(index)}
            className="rounded border border-amber-700 px-1.5 text-xs hover:bg-amber-100 dark:border-amber-300 dark:hover:bg-amber-900"
          >
            {t("factCheck.goTo", { number: index + 1 })}
          </button>
        ))}
      </nav>
    </section>
  );
}
