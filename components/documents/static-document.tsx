import { documentTitle } from "@/lib/documents/export";
import type { ApiDocument } from "@/lib/api/wire-types";

/**
 * A saved document as plain server-rendered HTML: its title and its rows side by side
 * (`rowsHtml`, from static-rows-html.ts, kept per revision). No client code; the interactive
 * reader replaces it once loaded (permalink-reader.tsx).
 */
export function StaticDocument({
  document,
  rowsHtml,
}: {
  document: ApiDocument;
  rowsHtml: string;
}) {
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
    </section>
  );
}
