import type { FactIssue } from "@/lib/fact-check/fact-check";
import type { CachedTranslation } from "@/lib/translation/cache";
import type { LanguageCode } from "@/lib/text/language";
import type { SentenceAlignment } from "@/lib/translation/engine-spec";

/** Saved documents with their paragraphs and summaries. */
export interface DocumentStore {
  /** Saves a new document with its paragraphs (and summaries, if any) in one transaction. */
  createDocument(input: NewDocument): Promise<StoredDocument>;

  /** The document with its paragraphs in order and its summaries, or undefined. */
  getDocument(id: string): Promise<StoredDocument | undefined>;

  /** Stores (or replaces) the summary of a document in one language. */
  saveSummary(documentId: string, summary: StoredSummary): Promise<void>;

  /**
   * The hash of the document's edit key: undefined when there is no such document, null when
   * it was saved before edit keys existed.
   */
  getEditKeyHash(id: string): Promise<string | null | undefined>;

  /** Deletes a document with its paragraphs, summaries and revisions; false when absent. */
  deleteDocument(id: string): Promise<boolean>;
}

/** The database tier of the translation cache: engine translations by cache key. */
export interface TranslationCacheStore {
  /** Engine translations by cache key; keys the store does not have are absent from the map. */
  getTranslations(keys: readonly string[]): Promise<Map<string, CachedTranslation>>;

  /** Adds engine translations; a key already present keeps its first value. */
  putTranslations(entries: readonly TranslationEntry[]): Promise<void>;
}

/** Human corrections of paragraphs, by translation-memory key. */
export interface RevisionStore {
  /**
   * Adds a human revision. Never overwrites: two edits of one paragraph made at once are both
   * kept, and the later one becomes the current text.
   */
  addRevision(input: NewRevision): Promise<RevisionResult>;

  /** Every revision (corrections and suggestions) of one paragraph of one document, oldest first. */
  listRevisions(documentId: string, position: number): Promise<Revision[]>;

  /**
   * The latest revision of the given kind for each source paragraph that has one: within one
   * document when `documentId` is given, outside it with `excludeDocumentId`, else anywhere.
   */
  latestRevisions(
    memoryKeys: readonly string[],
    filter: RevisionFilter,
  ): Promise<Map<string, Revision>>;
}

/**
 * What the app keeps beyond one request: saved documents, engine translations per paragraph,
 * summaries and human revisions, over one database connection. One implementation over SQLite
 * (the default, a file under the data folder) and PostgreSQL (when several instances share one
 * database). Code that needs only one of the three parts takes that part's interface.
 */
export interface Store extends DocumentStore, TranslationCacheStore, RevisionStore {
  /** Which database this store writes to. */
  readonly kind: "sqlite" | "postgres";

  /**
   * A number that grows with every write changing what some saved document shows (a revision
   * added, a summary saved, a document deleted), shared by every instance on this database. One
   * primary-key read; a cache of rendered documents keyed by it is never stale.
   */
  changeCounter(): Promise<number>;

  /** Checks that the database answers; rejects with a StoreError when it does not. */
  ping(): Promise<void>;

  /** Closes connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** One paragraph of a saved document, as the reader showed it when it was saved. */
export interface StoredParagraph {
  /** The normalised source paragraph. */
  source: string;
  /** The engine's rendering, or null when the paragraph had failed. */
  translation: string | null;
  /** Full id (`engine:model`) of the engine that produced `translation`. */
  engine: string;
  /** True when the fallback engine produced it because the requested engine failed. */
  fallback: boolean;
  /** True when the row continues the original paragraph of the row before (a split paragraph). */
  continues?: boolean;
  /** Sentence pairs as offsets into `source` and `translation`. */
  sentences: SentenceAlignment[];
  /** The fact check's findings when saved; absent for documents saved before the check. */
  factIssues?: FactIssue[];
}

/** A summary bullet list as the summary API returned it. */
export interface StoredSummary {
  /** Language of the bullets' `source` text, i.e. the document's source language. */
  language: LanguageCode;
  /** How the bullets were chosen. */
  method: "extractive" | "llm";
  /** The bullets, kept as the JSON the API returned. */
  bullets: unknown[];
}

export interface NewDocument {
  /** Title detected from the article or its import, if any. */
  title: string | null;
  /** Author line from an imported page, if any. */
  byline: string | null;
  /** Address the article was imported from, if any. */
  sourceUrl: string | null;
  /** Language of the original. */
  source: LanguageCode;
  /** Language of the rendering. */
  target: LanguageCode;
  /** Engine id the reader asked for (`auto`, `gloss`, `openai:model`, …). */
  engine: string;
  /** Paragraphs in document order; at least one. */
  paragraphs: StoredParagraph[];
  /** Summaries to save with the document. */
  summaries?: StoredSummary[];
  /** SHA-256 (hex) of the edit key given to the creator; the key itself is never stored. */
  editKeyHash: string | null;
}

export interface StoredDocument extends Omit<NewDocument, "summaries" | "editKeyHash"> {
  /** The unguessable id used in the permalink `/d/<id>`. */
  id: string;
  /** ISO 8601 time the document was saved. */
  createdAt: string;
  /** ISO 8601 time the document last changed. */
  updatedAt: string;
  summaries: StoredSummary[];
}

/** An engine translation to keep, under the orchestrator's cache key. */
export interface TranslationEntry {
  /** The orchestrator's cache key (engine, model, direction, text hash). */
  key: string;
  value: CachedTranslation;
}

/** A correction is made with the document's edit key; a suggestion by a reader without it. */
export type RevisionKind = "correction" | "suggestion";

export interface RevisionFilter {
  kind: RevisionKind;
  documentId?: string;
  excludeDocumentId?: string;
}

export interface NewRevision {
  kind: RevisionKind;
  /** Translation-memory key of the source paragraph (see `memoryKey`). */
  memoryKey: string;
  source: LanguageCode;
  target: LanguageCode;
  /** The source paragraph the correction renders. */
  sourceText: string;
  /** The corrected rendering. */
  text: string;
  /** The text the editor started from (the engine's or an earlier revision's). */
  previousText: string | null;
  /** Id of the revision the editor started from; null when starting from an engine's text. */
  baseRevisionId: number | null;
  /** Name the editor gave, if any; the app has no accounts. */
  author: string | null;
  /** Document the edit was made in, if any. */
  documentId: string | null;
  /** Paragraph position in that document, if any. */
  position: number | null;
}

export interface Revision extends NewRevision {
  /** Increasing id; a later revision of a paragraph always has a larger id. */
  id: number;
  /** ISO 8601 time the revision was saved. */
  createdAt: string;
}

export interface RevisionResult {
  revision: Revision;
  /**
   * True when another revision was saved after the one this edit started from: both are kept,
   * and the caller should say so rather than let one edit silently hide the other.
   */
  conflict: boolean;
}
