import "server-only";

import { type Kysely, type Migration } from "kysely";

/**
 * The schema's history, applied in name order on start by Kysely's migrator. Only the revision
 * id differs by dialect: SQLite's INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's serial.
 * Never edit a migration that has shipped; add the next one.
 */
export function migrations(dialect: "sqlite" | "postgres"): Record<string, Migration> {
  return {
    "0001_initial": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("documents")
          .addColumn("id", "text", (column) => column.primaryKey())
          .addColumn("title", "text")
          .addColumn("byline", "text")
          .addColumn("source_url", "text")
          .addColumn("source_lang", "text", (column) => column.notNull())
          .addColumn("target_lang", "text", (column) => column.notNull())
          .addColumn("engine", "text", (column) => column.notNull())
          .addColumn("paragraph_count", "integer", (column) => column.notNull())
          .addColumn("created_at", "text", (column) => column.notNull())
          .addColumn("updated_at", "text", (column) => column.notNull())
          .execute();
        await db.schema
          .createTable("document_paragraphs")
          .addColumn("document_id", "text", (column) =>
            column.notNull().references("documents.id").onDelete("cascade"),
          )
          .addColumn("position", "integer", (column) => column.notNull())
          .addColumn("source_text", "text", (column) => column.notNull())
          .addColumn("memory_key", "text", (column) => column.notNull())
          .addColumn("translation", "text")
          .addColumn("engine", "text", (column) => column.notNull())
          .addColumn("fallback", "integer", (column) => column.notNull().defaultTo(0))
          .addColumn("sentences", "text", (column) => column.notNull())
          .addPrimaryKeyConstraint("document_paragraphs_pk", ["document_id", "position"])
          .execute();
        await db.schema
          .createTable("summaries")
          .addColumn("document_id", "text", (column) =>
            column.notNull().references("documents.id").onDelete("cascade"),
          )
          .addColumn("language", "text", (column) => column.notNull())
          .addColumn("method", "text", (column) => column.notNull())
          .addColumn("bullets", "text", (column) => column.notNull())
          .addColumn("created_at", "text", (column) => column.notNull())
          .addPrimaryKeyConstraint("summaries_pk", ["document_id", "language"])
          .execute();
        await db.schema
          .createTable("translations")
          .addColumn("cache_key", "text", (column) => column.primaryKey())
          .addColumn("engine", "text", (column) => column.notNull())
          .addColumn("translation", "text", (column) => column.notNull())
          .addColumn("sentences", "text", (column) => column.notNull())
          .addColumn("created_at", "text", (column) => column.notNull())
          .execute();
        await db.schema
          .createTable("revisions")
          .addColumn("id", dialect === "postgres" ? "serial" : "integer", (column) =>
            dialect === "postgres" ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn("memory_key", "text", (column) => column.notNull())
          .addColumn("source_lang", "text", (column) => column.notNull())
          .addColumn("target_lang", "text", (column) => column.notNull())
          .addColumn("source_text", "text", (column) => column.notNull())
          .addColumn("text", "text", (column) => column.notNull())
          .addColumn("previous_text", "text")
          .addColumn("base_revision_id", "integer")
          .addColumn("author", "text")
          .addColumn("document_id", "text")
          .addColumn("position", "integer")
          .addColumn("created_at", "text", (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex("revisions_memory_key")
          .on("revisions")
          .columns(["memory_key", "id"])
          .execute();
      },
    },
    "0002_edit_keys": {
      async up(db: Kysely<unknown>) {
        // Documents saved before edit keys have none: nobody can change them any more.
        await db.schema.alterTable("documents").addColumn("edit_key_hash", "text").execute();
        await db.schema
          .alterTable("revisions")
          .addColumn("kind", "text", (column) => column.notNull().defaultTo("correction"))
          .execute();
        await db.schema
          .createIndex("revisions_document")
          .on("revisions")
          .columns(["document_id", "position", "id"])
          .execute();
      },
    },
    "0003_fact_issues": {
      async up(db: Kysely<unknown>) {
        // JSON array of the fact check's issues; null for paragraphs saved before the check.
        await db.schema
          .alterTable("document_paragraphs")
          .addColumn("fact_issues", "text")
          .execute();
      },
    },
    "0004_continued_paragraphs": {
      async up(db: Kysely<unknown>) {
        // Rows saved before this are each a paragraph of their own, as they were shown.
        await db.schema
          .alterTable("document_paragraphs")
          .addColumn("continues_paragraph", "integer", (column) => column.notNull().defaultTo(0))
          .execute();
      },
    },
    "0005_store_changes": {
      async up(db: Kysely<unknown>) {
        // One row counting the writes that change what a saved document shows (revisions,
        // summaries, deletions): a page cache reads it with one primary-key lookup to know
        // whether anything it holds may be stale, on every instance sharing the database.
        await db.schema
          .createTable("store_changes")
          .addColumn("id", "integer", (column) => column.primaryKey())
          .addColumn("counter", "integer", (column) => column.notNull())
          .execute();
        await db
          .insertInto("store_changes" as never)
          .values({ id: 1, counter: 0 } as never)
          .execute();
      },
    },
  };
}
