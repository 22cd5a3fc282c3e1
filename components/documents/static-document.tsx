import { documentTitle } from "@/lib/documents/export";
import type { ApiDocument } from "@/lib/api/wire-types";
import { getT } from "@/lib/i18n/server";

// The reader's text classes (paragraph-translation.tsx), repeated here: a server component
// cannot read a constant out of a client module.
const TEXT = "reader-text whitespace-pre-wrap break-words leading-relaxed";

/**
 * A saved document as plain server-rendered HTML: its title and its rows side by side, with
 * the reader's row ids (#p-N) so deep links land before any script runs. No client code; the
 * interactive reader replaces it once loaded (permalink-reader.tsx).
 */
export async function StaticDocument({ document }: { document: ApiDocument }) {
  const { t } = await getT();
  return (
    <section aria-labelledby="reader-heading" className="min-w-0" data-static-document="">
      <h2 id="reader-heading" className="text-xl font-semibold">
        {documentTitle(document)}
      </h2>
      <div
        className="reader-rows mt-4 divide-y divide-stone-200 dark:divide-stone-800"
        data-mode="side-by-side"
      >
        {document.paragraphs.map((paragraph, index) => (
          <div
            key={index}
            id={`p-${index}`}
            role="group"
            aria-label={t("reader.paragraphLabel", { number: index + 1 })}
            data-paragraph-index={index}
            className="paragraph-row scroll-mt-24 px-3 py-3"
          >
            <div className="row-cells grid items-start gap-x-8 gap-y-3">
              <div className="min-w-0" data-cell="original">
                <p lang={document.source} className={TEXT}>
                  {paragraph.source}
                </p>
              </div>
              <div className="min-w-0" data-cell="translation">
                <p lang={document.target} className={TEXT}>
                  {paragraph.translation ?? ""}
                </p>
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
