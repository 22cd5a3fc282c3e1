import type { TFunction } from "i18next";
import { documentTitle } from "@/lib/documents/export";
import type { ApiDocument } from "@/lib/api/wire-types";

/**
 * A saved document as plain server-rendered HTML: its title and its rows side by side
 * (`rowsHtml`, from static-rows-html.ts, kept per revision). No client code; the interactive
 * reader replaces it once loaded (permalink-reader.tsx).
 *
 * A very long document has only its first `rowCount` rows here (staticRowCount bounds the
 * page's size); a notice below them says which paragraphs the reader brings, and links the
 * whole document as one web page for a browser that runs no script.
 */
export function StaticDocument({
  document,
  rowsHtml,
  rowCount,
  t,
}: {
  document: ApiDocument;
  rowsHtml: string;
  rowCount: number;
  t: TFunction;
}) {
  const total = document.paragraphs.length;
  return (
    <section aria-labelledby="reader-heading" className="min-w-0" data-static-document="">
      <h2 id="reader-heading" className="text-xl font-semibold">
        {documentTitle(document)}
      </h2>
      <div
        className="reader-rows mt-4 divide-y divide-stone-200 dark:divide-stone-800"
        data-mode="side-by-side"
        // Every text and attribute in it is escaped where it is built (static-rows-html.ts).
        dangerouslySetInnerHTML={{ __html: rowsHtml }}
      />
      {rowCount < total && (
        <p className="mt-4 rounded-md border border-stone-300 px-3 py-3 dark:border-stone-600">
          {t("document.moreRows", { from: rowCount + 1, to: total })}{" "}
          <a
            className="underline"
            href={`/api/documents/${encodeURIComponent(document.id)}/export?format=html`}
          >
            {t("document.exportHtml")}
          </a>
        </p>
      )}
    </section>
  );
}
