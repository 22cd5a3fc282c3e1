import type { z } from "zod";
import type {
  createDocumentSchema,
  summaryBulletSchema,
  summarySchema,
} from "@/app/api/documents/schema";
import type { importUrlSchema } from "@/app/api/import/schema";
import type { lookupResponseSchema } from "@/app/api/lookup/schema";
import type { createRevisionSchema } from "@/app/api/revisions/schema";
import type { summarizeRequestSchema } from "@/app/api/summarize/schema";
import type {
  factIssueSchema,
  glossaryEntrySchema,
  translateRequestSchema,
} from "@/app/api/translate/schema";
import type { LanguageCode } from "@/lib/text/language";
import type { EngineAvailability, EngineDescription } from "@/lib/translation/engine-spec";

/*
 * The API's wire types: what the browser sends and what the server answers. Both sides import
 * them from here. Wherever a route validates a shape with zod, the type is derived from that
 * schema (the schema files beside the routes import nothing but zod, so this type-only import
 * from `app/api` does not turn the layering around); shapes only the server produces are
 * written out below.
 */

/** Replaces `undefined` (an omitted optional field) with the null the server always writes. */
type Settled<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

// Requests, as a client may write them (defaults may be left out).
export type TranslateRequestBody = z.input<typeof translateRequestSchema>;
export type SummarizeRequestBody = z.input<typeof summarizeRequestSchema>;
export type CreateDocumentRequestBody = z.input<typeof createDocumentSchema>;
export type CreateRevisionRequestBody = z.input<typeof createRevisionSchema>;
export type ImportUrlRequestBody = z.input<typeof importUrlSchema>;

/** One paragraph as a saved document stores it (the documents route's schema). */
type SavedParagraph = z.output<typeof createDocumentSchema>["paragraphs"][number];

/** One paragraph as the translate API returns it. */
export interface ApiParagraph extends Omit<SavedParagraph, "fallback" | "continues"> {
  index: number;
  cached: boolean;
  /** True when the row continues the original paragraph of the row before (saved documents). */
  continues?: boolean;
  /** Produced by the fallback engine because the requested engine failed. */
  fallback?: boolean;
  error?: { code: string; message: string };
  /** Present when the text is a person's correction (engine "memory" or an edit in this document). */
  revision?: ApiRevisionInfo;
  /** A reader's proposal, or another document's correction, shown beside the text. */
  suggestion?: ApiSuggestion;
  /** What may not have survived translation: empty when the fact check found nothing. */
  factIssues?: ApiFactIssue[];
}

/** One difference the fact check found between a paragraph and its translation. */
export type ApiFactIssue = z.output<typeof factIssueSchema>;

/** One entry of a glossary as a translate request carries it. */
export type ApiGlossaryEntry = z.output<typeof glossaryEntrySchema>;

export interface ApiRevisionInfo {
  id: number;
  /** Self-declared display name, if any: the app has no accounts and verifies no names. */
  author: string | null;
  createdAt: string;
  /** The document the correction was made in, only ever the document being shown; else null. */
  documentId: string | null;
  /** True when the latest revision put back the engine's own translation (a revert): not an edit. */
  restored?: boolean;
}

export interface ApiEngine extends EngineDescription, EngineAvailability {}

/** How much one translate request, and one article over several requests, may hold. */
export interface ApiLimits {
  requestCharacters: number;
  requestParagraphs: number;
  articleCharacters: number;
  articleParagraphs: number;
}

/** What the server's `auto` picks for one direction (labels are the interface's business). */
export interface ApiAutoChoice {
  source: LanguageCode;
  target: LanguageCode;
  /** Full id (`engine:model`) of the engine `auto` hands this direction to. */
  id: string;
  quality: EngineDescription["quality"];
}

export interface ApiEngines {
  default: string;
  engines: ApiEngine[];
  limits?: ApiLimits;
  /** `auto`'s current choice per direction (empty when the server has no `auto`). */
  automatic: ApiAutoChoice[];
}

export type ApiSummaryBullet = z.output<typeof summaryBulletSchema>;

export interface ApiSummary extends z.output<typeof summarySchema> {
  source: LanguageCode;
  target: LanguageCode;
}

/** What a saved document was created with (the documents route's schema), minus its parts. */
type SavedDocumentFields = Omit<z.output<typeof createDocumentSchema>, "paragraphs" | "summary">;

/** A saved document as the documents API and the permalink page hand it to the reader. */
export interface ApiDocument extends SavedDocumentFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** One per paragraph, in order; a paragraph with a correction carries its `revision`. */
  paragraphs: ApiParagraph[];
  /** The summary saved with the document, if any. */
  summary: ApiSummary | null;
  /** 0 when paragraph 0 is the article's headline (shown and exported as the title), else null. */
  titleParagraph?: 0 | null;
}

/** One saved revision of a paragraph: the request as the server settled it, plus its ids. */
export interface ApiRevision extends Settled<
  Omit<
    z.output<typeof createRevisionSchema>,
    "source" | "target" | "suggest" | "sourceText" | "documentId" | "position"
  >
> {
  id: number;
  memoryKey: string;
  createdAt: string;
  /** The document's source paragraph the revision renders. */
  sourceText: string;
  documentId: string | null;
  position: number | null;
  /** A correction (made with the edit key) or a reader's suggestion. */
  kind: "correction" | "suggestion";
}

/** What POST /api/documents answers: the read link, and the edit key shown only this once. */
export interface ApiSavedDocument {
  id: string;
  url: string;
  editKey: string;
  /** `/d/<id>#edit=<key>`: the key in the fragment, which browsers never send to a server. */
  editUrl: string;
  createdAt: string;
}

/** Text offered beside a paragraph without being applied to it. */
export interface ApiSuggestion {
  text: string;
  /** Self-declared display name, if any. */
  author: string | null;
  createdAt: string;
  /** "reader": proposed for this document; "elsewhere": a correction made in another document. */
  origin: "reader" | "elsewhere";
}

/** What an import gives the reader: the article's text and where it came from. */
export interface ApiImportedArticle {
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
  /** Rows to read: the headline first when `titleParagraph` is 0, long paragraphs split up. */
  paragraphs: string[];
  /** 0 when the first row is the article's headline, else null. */
  titleParagraph?: 0 | null;
  /** One per row: false when the row continues the original paragraph of the row before. */
  paragraphStarts?: boolean[];
  /** Set when the import worked but deserves a look (too little text for an article). */
  warning?: { code: string; message: string } | null;
}

/** A word's entry as the lookup route answers (the reader's word popover). */
export type ApiWordLookup = z.output<typeof lookupResponseSchema>;
