"use client";

import { useT } from "@/lib/i18n/client";
import { safeLinkTarget } from "@/lib/documents/safe-link";
import { TextInItsLanguage } from "@/components/reader/text-in-its-language";

/**
 * Who wrote an imported article and where it came from, above the reader's rows: the byline,
 * and the source as its full address (an http(s) link only; anything else shows as text).
 */
export function ArticleSource({
  details,
}: {
  details: { byline: string | null; sourceUrl: string | null } | null;
}) {
  const { t } = useT();
  if (!details || (!details.byline && !details.sourceUrl)) return null;
  const link = safeLinkTarget(details.sourceUrl);
  return (
    <p className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
      {details.byline && (
        <span>
          <TextInItsLanguage
            template={(byline) => t("document.byline", { byline })}
            text={details.byline}
          />
        </span>
      )}
      {details.sourceUrl && (
        <span className="min-w-0 max-w-full">
          {t("document.sourceLabel")}{" "}
          {link ? (
            <a
              href={link}
              rel="noreferrer noopener"
              target="_blank"
              className="break-all text-sky-800 underline dark:text-sky-300"
            >
              {link}
            </a>
          ) : (
            <span className="break-all">{details.sourceUrl}</span>
          )}
        </span>
      )}
    </p>
  );
}
