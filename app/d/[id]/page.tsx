import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentUnavailable } from "@/components/documents/document-unavailable";
import { EditLinkReceiver } from "@/components/documents/edit-link-receiver";
import { PermalinkReader } from "@/components/documents/permalink-reader";
import { StaticDocument } from "@/components/documents/static-document";
import { documentTitle } from "@/lib/documents/export";
import { getAppServices } from "@/lib/server/app-services";
import { documentPageCache } from "@/lib/server/document-page-cache";
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
    return (await documentPageCache().load(getAppServices(), id))?.document;
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
});

export async function generateMetadata({ params }: DocumentPageProps): Promise<Metadata> {
  const document = await load((await params).id);
  return {
    title: document && !(document instanceof StoreError) ? documentTitle(document) : "Dvibhashi",
    // A permalink is private to whoever has it; search engines should not list it.
    robots: { index: false, follow: false },
  };
}

export default async function DocumentPage({ params }: DocumentPageProps) {
  const document = await load((await params).id);
  if (document === undefined) notFound();
  if (document instanceof StoreError) return <DocumentUnavailable />;
  const { language } = await getT();
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
      {/* Static rows first (server HTML, no reader code); the reader loads after paint. */}
      <PermalinkReader document={document} language={language}>
        <StaticDocument document={document} />
      </PermalinkReader>
    </>
  );
}
