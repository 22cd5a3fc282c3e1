import type { ColumnType, Generated } from "kysely";

/**
 * Table shapes as both databases hold them. Times are ISO 8601 text and flags are 0/1 integers
 * in both, so one set of queries reads the same values from SQLite and PostgreSQL.
 */
export interface Database {
  documents: DocumentsTable;
  document_paragraphs: DocumentParagraphsTable;
  summaries: SummariesTable;
  translations: TranslationsTable;
  revisions: RevisionsTable;
  store_changes: StoreChangesTable;
}

export interface DocumentsTable {
  id: string;
  title: string | null;
  byline: string | null;
  source_url: string | null;
  source_lang: string;
  target_lang: string;
  engine: string;
  paragraph_count: number;
  created_at: string;
  updated_at: string;
  /** SHA-256 (hex) of the document's edit key; null for documents saved before edit keys. */
  edit_key_hash: string | null;
}

export interface DocumentParagraphsTable {
  document_id: string;
  position: number;
  source_text: string;
  memory_key: string;
  translation: string | null;
  engine: string;
  fallback: number;
  /** 1 when the row continues the original paragraph of the row before; 0 otherwise. */
  continues_paragraph: number;
  /** JSON array of sentence pairs. */
  sentences: string;
  /** JSON array of the fact check's issues; null when saved before the check existed. */
  fact_issues: string | null;
}

export interface SummariesTable {
  document_id: string;
  language: string;
  method: string;
  /** JSON array of bullets. */
  bullets: string;
  created_at: string;
}

export interface TranslationsTable {
  cache_key: string;
  engine: string;
  translation: string;
  sentences: string;
  created_at: string;
}

export interface RevisionsTable {
  // PostgreSQL returns bigint/serial columns as numbers only for serial (int4); both are int.
  id: Generated<number>;
  memory_key: string;
  source_lang: string;
  target_lang: string;
  source_text: string;
  text: string;
  previous_text: string | null;
  base_revision_id: number | null;
  author: string | null;
  document_id: string | null;
  position: number | null;
  created_at: ColumnType<string, string, never>;
  /** "correction" (made with the edit key) or "suggestion" (proposed by a reader without it). */
  kind: string;
}

/** A single row (id 1): how many document-changing writes the database has seen. */
export interface StoreChangesTable {
  id: number;
  counter: number;
}
