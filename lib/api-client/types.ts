import type {
  EngineAvailability,
  EngineDescription,
  LanguageCode,
  SentenceAlignment,
} from "@/lib/translation/engine-spec";

/** One paragraph as the translate API returns it. */
export interface ApiParagraph {
  index: number;
  source: string;
  translation: string | null;
  engine: string;
  cached: boolean;
  /** Produced by the fallback engine because the requested engine failed. */
  fallback?: boolean;
  sentences: SentenceAlignment[];
  error?: { code: string; message: string };
  /** Present when the text is a person's correction (engine "memory" or an edit in this document). */
  revision?: ApiRevisionInfo;
}

export interface ApiRevisionInfo {
  id: number;
  author: string | null;
  createdAt: string;
  documentId: string | null;
}

export interface ApiEngine extends EngineDescription, EngineAvailability {}

/** What the server's `auto` picks for one direction. */
export interface ApiAutoChoice {
  source: LanguageCode;
  target: LanguageCode;
  id: string;
  label: string;
  quality: EngineDescription["quality"];
}

export interface ApiEngines {
  default: string;
  engines: ApiEngine[];
  /** `auto`'s current choice per direction (empty when the server has no `auto`). */
  automatic: ApiAutoChoice[];
}

export interface ApiSummaryBullet {
  source: string;
  translation: string | null;
  paragraphs: number[];
  sentences: { paragraph: number; start: number; end: number }[];
  engine: string;
  error?: { code: string; message: string };
}

export interface ApiSummary {
  method: "extractive" | "llm";
  source: LanguageCode;
  target: LanguageCode;
  bullets: ApiSummaryBullet[];
}

/** An error answer from the API, or a network failure (status 0). */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** A saved document as the documents API and the permalink page hand it to the reader. */
export interface ApiDocument {
  id: string;
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
  source: LanguageCode;
  target: LanguageCode;
  /** Engine id the reader asked for when the document was translated. */
  engine: string;
  createdAt: string;
  updatedAt: string;
  /** One per paragraph, in order; a paragraph with a correction carries its `revision`. */
  paragraphs: ApiParagraph[];
  /** The summary saved with the document, if any. */
  summary: ApiSummary | null;
}

/** One saved correction of a paragraph. */
export interface ApiRevision {
  id: number;
  memoryKey: string;
  sourceText: string;
  text: string;
  previousText: string | null;
  baseRevisionId: number | null;
  author: string | null;
  documentId: string | null;
  position: number | null;
  createdAt: string;
}

/** What an import gives the reader: the article's text and where it came from. */
export interface ApiImportedArticle {
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
  paragraphs: string[];
}
