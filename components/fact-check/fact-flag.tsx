"use client";

import type { ApiFactIssue } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import type { LanguageCode } from "@/lib/text/language";

/**
 * What the fact check found on one row: each amount, date, name or address that differs, as
 * the original writes it and as the translation does. Rendered only for flagged rows, so the
 * hook's subscription costs nothing on the others.
 */
export function FactFlag({
  issues,
  source,
  target,
}: {
  issues: readonly ApiFactIssue[];
  source: LanguageCode;
  target: LanguageCode;
}) {
  const { t } = useT("checks");
  return (
    <div className="fact-flag mt-1 rounded border-l-4 border-amber-600 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{t("factCheck.rowHeading")}</p>
      <ul>
        {issues.map((issue, position) => (
          <li key={position}>
            <span className="font-medium">{t(`factCheck.kinds.${issue.kind}`)}: </span>
            <IssueText issue={issue} source={source} target={target} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function IssueText({
  issue,
  source,
  target,
}: {
  issue: ApiFactIssue;
  source: LanguageCode;
  target: LanguageCode;
}) {
  const { t } = useT("checks");
  if (issue.kind === "quote") return <>{t("factCheck.quoteLost")}</>;
  // The sentence is assembled around the two texts so each keeps its own language attribute.
  const key =
    issue.source !== null && issue.translation !== null
      ? "factCheck.changed"
      : issue.source !== null
        ? "factCheck.lost"
        : "factCheck.added";
  const parts = t(key, { source: "\u0000S\u0000", translation: "\u0000T\u0000" }).split("\u0000");
  return (
    <>
      {parts.map((part, position) =>
        part === "S" ? (
          <span key={position}>
            “<span lang={source}>{issue.source}</span>”
          </span>
        ) : part === "T" ? (
          <span key={position}>
            “<span lang={target}>{issue.translation}</span>”
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
