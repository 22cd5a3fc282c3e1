import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentUnavailable } from "@/components/documents/document-unavailable";
import { EditLinkReceiver } from "@/components/documents/edit-link-receiver";
import { PermalinkReader } from "@/components/documents/permalink-reader";
import { StaticDocument } from "@/components/documents/static-document";
import { staticRowCount, staticRowsHtml } from "@/components/documents/static-rows-html";
import { documentTitle } from "@/lib/documents/export";
import { getAppServices } from "@/lib/server/app-services";
import { documentPageCache } from "@/lib/server/document-page-cache";
import { notePermalinkRender, RENDER_TICKET_HEADER } from "@/lib/server/permalink-responses";
import { getT } from "@/lib/i18n/server";
import { isDocumentId } from "@/lib/store/document-id";
import { StoreError } from "@/lib/store/errors";

interface DocumentPageProps {
  params: Promise<{ id: string }>;
}

export const dynamic = "force-dynamic";

// Metadata and page both need the document; one read serves both in a request, and the
// process's page cache serves repeats until a correction, summary or deletion changes the store.
const load = cache(async (id: string) => {
  if (!isDocumentId(id)) return undefined;
  try {
    return await documentPageCache().load(getAppServices(), id);
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
});

export async function generateMetadata({ params }: DocumentPageProps): Promise<Metadata> {
  const loaded = await load((await params).id);
  const document = loaded instanceof StoreError ? loaded : loaded?.document;
  return {
    title: document && !(document instanceof StoreError) ? documentTitle(document) : "Dvibhashi",
    // A permalink is private to whoever has it; search engines should not list it.
    robots: { index: false, follow: false },
  };
}

export default async function DocumentPage({ params }: DocumentPageProps) {
  const { id } = await params;
  const loaded = await load(id);
  if (loaded === undefined) notFound();
  if (loaded instanceof StoreError) return <DocumentUnavailable />;
  const { document } = loaded;
  const { t, language } = await getT();
  // The rows are made once per revision and interface language, then reused as they are. A
  // very long document's page has only its first rows (staticRowCount): its reader, fetching the
  // whole document, shows the rest.
  const rowsHtml = loaded.derived(`rows:${language}`, () => staticRowsHtml(document, t));
  // The whole response may be kept for this revision and language (server.mjs answers repeats
  // from it); only a document rendered in full is reported, never a 404 or an outage message.
  notePermalinkRender((await headers()).get(RENDER_TICKET_HEADER), {
    documentId: document.id,
    counter: loaded.counter,
    language,
  });
  return (
    <>
      <EditLinkReceiver
        document={{
          id: document.id,
          title: documentTitle(document),
          source: document.source,
          target: document.target,
          savedAt: document.createdAt,
        }}
      />
      {/* Static rows first (server HTML, no reader code); the reader loads after paint and
          fetches the document itself, so the page carries it once as HTML, once in the RSC
          payload, and not a third time as the reader's props. */}
      <PermalinkReader id={document.id} language={language}>
        <StaticDocument
          document={document}
          rowsHtml={rowsHtml}
          rowCount={staticRowCount(document)}
          t={t}
        />
      </PermalinkReader>
    </>
  );
}
