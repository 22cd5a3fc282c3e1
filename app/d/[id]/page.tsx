import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentUnavailable } from "@/components/documents/document-unavailable";
import { Translator } from "@/components/reader/translator";
import { documentTitle } from "@/lib/documents/export";
import { loadDocument } from "@/lib/server/documents";
import { getAppServices } from "@/lib/server/app-services";
import { isDocumentId } from "@/lib/store/document-id";
import { StoreError } from "@/lib/store/errors";

interface DocumentPageProps {
  params: Promise<{ id: string }>;
}

export const dynamic = "force-dynamic";

// Metadata and page both need the document; one database read serves both in a request.
const load = cache(async (id: string) => {
  if (!isDocumentId(id)) return undefined;
  try {
    return await loadDocument(getAppServices(), id);
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
  return <Translator initialDocument={document} />;
}
