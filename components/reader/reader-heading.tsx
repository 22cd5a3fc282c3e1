"use client";

import { forwardRef } from "react";
import { useT } from "@/lib/i18n/client";

/**
 * The reader's heading, where focus lands after Translate, with a skip link to the summary.
 * `lang` is the title's language when it is the article's own (its headline): the page's
 * `lang` is the interface's, and the Devanagari face applies under lang="hi" (globals.css).
 */
export const ReaderHeading = forwardRef<HTMLHeadingElement, { title: string; lang?: string }>(
  function ReaderHeading({ title, lang }, ref) {
    const { t } = useT();
    return (
      <>
        <a
          href="#summary-heading"
          className="sr-only rounded bg-sky-800 px-3 py-1 text-sm text-white focus:not-sr-only focus:absolute focus:z-30"
          onClick={(event) => {
            event.preventDefault();
            const target = document.getElementById("summary-heading");
            target?.scrollIntoView({ block: "start" });
            target?.focus({ preventScroll: true });
          }}
        >
          {t("reader.skipToSummary")}
        </a>
        <h2
          id="reader-heading"
          ref={ref}
          lang={lang}
          tabIndex={-1}
          className="scroll-mt-4 text-xl font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {title}
        </h2>
      </>
    );
  },
);
