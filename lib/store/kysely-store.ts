import "server-only";

import { Migrator, type Kysely, type Selectable, type Transaction } from "kysely";
import type { FactIssue } from "@/lib/fact-check/fact-check";
import type { CachedTranslation } from "@/lib/translation/cache";
import type { LanguageCode, SentenceAlignment } from "@/lib/translation/engine-spec";
import { newDocumentId } from "./document-id";
import { StoreError, toStoreError } from "./errors";
import { memoryKey } from "@/lib/text/keys";
import { migrations } from "./migrations";
import type { Database, RevisionsTable } from "./schema";
import type {
  Store,
  NewDocument,
  NewRevision,
  RevisionFilter,
  Revision,
  RevisionResult,
  StoredDocument,
  StoredSummary,
  TranslationEntry,
} from "./store-spec";

// The orchestrator's cache keys separate their parts with NUL, which PostgreSQL text cannot
// hold; the unit separator stands in for it in the database on both dialects.
const cacheKeyToColumn = (key: string) => key.replaceAll("\u0000", "\u001f");
const columnToCacheKey = (stored: string) => stored.replaceAll("\u001f", "\u0000");

// Both databases cap bound parameters per statement (SQLite 32766, PostgreSQL 65535); chunks of
// this many rows stay far below either with the widest table here.
const ROWS_PER_STATEMENT = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toRevision(row: Selectable<RevisionsTable>): Revision {
  return {
    id: Number(row.id),
    memoryKey: row.memory_key,
    source: row.source_lang as LanguageCode,
    target: row.target_lang as LanguageCode,
    sourceText: row.source_text,
    text: row.text,
    previousText: row.previous_text,
    baseRevisionId: row.base_revision_id === null ? null : Number(row.base_revision_id),
    author: row.author,
    documentId: row.document_id,
    position: row.position === null ? null : Number(row.position),
    createdAt: row.created_at,
    kind: row.kind === "suggestion" ? "suggestion" : "correction",
  };
}

/** Counts one more document-changing write, inside the write's own transaction. */
async function countChange(transaction: Transaction<Database>): Promise<void> {
  await transaction
    .updateTable("store_changes")
    .set((update) => ({ counter: update("counter", "+", 1) }))
    .where("id", "=", 1)
    .execute();
}

/** Brings the schema up to date; safe to call on every start and from several instances. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: "sqlite" | "postgres",
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(dialect)) },
    migrationTableName: "dvibhashi_migration",
    migrationLockTableName: "dvibhashi_migration_lock",
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw toStoreError(error);
}

/** The store's queries, written once for both dialects. */
export function createKyselyStore(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
  options: { now?: () => Date } = {},
): Store {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error);
    }
  };

  return {
    kind,

    createDocument: (input: NewDocument) =>
      run(async () => {
        if (input.paragraphs.length === 0)
          throw new StoreError("store_failure", "A document needs at least one paragraph.");
        const id = newDocumentId();
        const time = now();
        await db.transaction().execute(async (transaction) => {
          await transaction
            .insertInto("documents")
            .values({
              id,
              title: input.title,
              byline: input.byline,
              source_url: input.sourceUrl,
              source_lang: input.source,
              target_lang: input.target,
              engine: input.engine,
              paragraph_count: input.paragraphs.length,
              created_at: time,
              updated_at: time,
              edit_key_hash: input.editKeyHash,
            })
            .execute();
          const rows = input.paragraphs.map((paragraph, position) => ({
            document_id: id,
            position,
            source_text: paragraph.source,
            memory_key: memoryKey(input.source, input.target, paragraph.source),
            translation: paragraph.translation,
            engine: paragraph.engine,
            fallback: paragraph.fallback ? 1 : 0,
            continues_paragraph: paragraph.continues && position > 0 ? 1 : 0,
            sentences: JSON.stringify(paragraph.sentences),
            fact_issues: paragraph.factIssues ? JSON.stringify(paragraph.factIssues) : null,
          }));
          for (const part of chunks(rows, ROWS_PER_STATEMENT))
            await transaction.insertInto("document_paragraphs").values(part).execute();
          for (const summary of input.summaries ?? []) {
            await transaction
              .insertInto("summaries")
              .values({
                document_id: id,
                language: summary.language,
                method: summary.method,
                bullets: JSON.stringify(summary.bullets),
                created_at: time,
              })
              .execute();
          }
        });
        return {
          id,
          title: input.title,
          byline: input.byline,
          sourceUrl: input.sourceUrl,
          source: input.source,
          target: input.target,
          engine: input.engine,
          paragraphs: input.paragraphs,
          summaries: input.summaries ?? [],
          createdAt: time,
          updatedAt: time,
        };
      }),

    getDocument: (id: string) =>
      run(async (): Promise<StoredDocument | undefined> => {
        const document = await db
          .selectFrom("documents")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
        if (!document) return undefined;
        const [paragraphs, summaries] = await Promise.all([
          db
            .selectFrom("document_paragraphs")
            .selectAll()
            .where("document_id", "=", id)
            .orderBy("position")
            .execute(),
          db
            .selectFrom("summaries")
            .selectAll()
            .where("document_id", "=", id)
            .orderBy("language")
            .execute(),
        ]);
        return {
          id: document.id,
          title: document.title,
          byline: document.byline,
          sourceUrl: document.source_url,
          source: document.source_lang as LanguageCode,
          target: document.target_lang as LanguageCode,
          engine: document.engine,
          createdAt: document.created_at,
          updatedAt: document.updated_at,
          paragraphs: paragraphs.map((row) => ({
            source: row.source_text,
            translation: row.translation,
            engine: row.engine,
            fallback: Number(row.fallback) === 1,
            ...(Number(row.continues_paragraph) === 1 ? { continues: true } : {}),
            sentences: parseJson<SentenceAlignment[]>(row.sentences, []),
            ...(row.fact_issues === null
              ? {}
              : { factIssues: parseJson<FactIssue[]>(row.fact_issues, []) }),
          })),
          summaries: summaries.map((row): StoredSummary => ({
            language: row.language as LanguageCode,
            method: row.method === "llm" ? "llm" : "extractive",
            bullets: parseJson<unknown[]>(row.bullets, []),
          })),
        };
      }),

    saveSummary: (documentId: string, summary: StoredSummary) =>
      run(async () => {
        const time = now();
        await db.transaction().execute(async (transaction) => {
          const exists = await transaction
            .selectFrom("documents")
            .select("id")
            .where("id", "=", documentId)
            .executeTakeFirst();
          if (!exists) throw new StoreError("store_not_found", "No such document.");
          await transaction
            .deleteFrom("summaries")
            .where("document_id", "=", documentId)
            .where("language", "=", summary.language)
            .execute();
          await transaction
            .insertInto("summaries")
            .values({
              document_id: documentId,
              language: summary.language,
              method: summary.method,
              bullets: JSON.stringify(summary.bullets),
              created_at: time,
            })
            .execute();
          await transaction
            .updateTable("documents")
            .set({ updated_at: time })
            .where("id", "=", documentId)
            .execute();
          await countChange(transaction);
        });
      }),

    getTranslations: (keys: readonly string[]) =>
      run(async () => {
        const found = new Map<string, CachedTranslation>();
        for (const part of chunks([...new Set(keys)].map(cacheKeyToColumn), ROWS_PER_STATEMENT)) {
          const rows = await db
            .selectFrom("translations")
            .selectAll()
            .where("cache_key", "in", part)
            .execute();
          for (const row of rows)
            found.set(columnToCacheKey(row.cache_key), {
              translation: row.translation,
              engine: row.engine,
              sentences: parseJson<SentenceAlignment[]>(row.sentences, []),
            });
        }
        return found;
      }),

    putTranslations: (entries: readonly TranslationEntry[]) =>
      run(async () => {
        const time = now();
        const unique = new Map(entries.map((entry) => [entry.key, entry]));
        for (const part of chunks([...unique.values()], ROWS_PER_STATEMENT)) {
          await db
            .insertInto("translations")
            .values(
              part.map((entry) => ({
                cache_key: cacheKeyToColumn(entry.key),
                engine: entry.value.engine,
                translation: entry.value.translation,
                sentences: JSON.stringify(entry.value.sentences),
                created_at: time,
              })),
            )
            .onConflict((conflict) => conflict.column("cache_key").doNothing())
            .execute();
        }
      }),

    getEditKeyHash: (id: string) =>
      run(async () => {
        const row = await db
          .selectFrom("documents")
          .select("edit_key_hash")
          .where("id", "=", id)
          .executeTakeFirst();
        return row === undefined ? undefined : row.edit_key_hash;
      }),

    deleteDocument: (id: string) =>
      run(async () => {
        let deleted = false;
        await db.transaction().execute(async (transaction) => {
          // Children first, explicitly: SQLite enforces the cascade only with foreign keys on.
          await transaction.deleteFrom("revisions").where("document_id", "=", id).execute();
          await transaction.deleteFrom("summaries").where("document_id", "=", id).execute();
          await transaction
            .deleteFrom("document_paragraphs")
            .where("document_id", "=", id)
            .execute();
          const result = await transaction
            .deleteFrom("documents")
            .where("id", "=", id)
            .executeTakeFirst();
          deleted = Number(result.numDeletedRows) > 0;
          if (deleted) await countChange(transaction);
        });
        return deleted;
      }),

    addRevision: (input: NewRevision) =>
      run(async (): Promise<RevisionResult> => {
        const inserted = await db.transaction().execute(async (transaction) => {
          const row = await transaction
            .insertInto("revisions")
            .values({
              memory_key: input.memoryKey,
              source_lang: input.source,
              target_lang: input.target,
              source_text: input.sourceText,
              text: input.text,
              previous_text: input.previousText,
              base_revision_id: input.baseRevisionId,
              author: input.author,
              document_id: input.documentId,
              position: input.position,
              created_at: now(),
              kind: input.kind,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await countChange(transaction);
          return row;
        });
        const revision = toRevision(inserted);
        // Another edit saved between the one this started from and this one means two people
        // edited at once. Ids only grow, so "later" is well defined even at the same instant.
        let between = db
          .selectFrom("revisions")
          .select("id")
          .where("memory_key", "=", input.memoryKey)
          .where("kind", "=", "correction")
          .where("id", "<", revision.id)
          .where("id", ">", input.baseRevisionId ?? 0);
        if (input.documentId !== null)
          between = between.where("document_id", "=", input.documentId);
        const found = await between.limit(1).executeTakeFirst();
        // A suggestion never conflicts: it changes nothing until an editor takes it up.
        return { revision, conflict: input.kind === "correction" && found !== undefined };
      }),

    listRevisions: (documentId: string, position: number) =>
      run(async () => {
        const rows = await db
          .selectFrom("revisions")
          .selectAll()
          .where("document_id", "=", documentId)
          .where("position", "=", position)
          .orderBy("id")
          .execute();
        return rows.map(toRevision);
      }),

    latestRevisions: (keys: readonly string[], filter: RevisionFilter) =>
      run(async () => {
        const latest = new Map<string, Revision>();
        for (const part of chunks([...new Set(keys)], ROWS_PER_STATEMENT)) {
          let query = db
            .selectFrom("revisions")
            .selectAll()
            .where("memory_key", "in", part)
            .where("kind", "=", filter.kind);
          if (filter.documentId !== undefined)
            query = query.where("document_id", "=", filter.documentId);
          if (filter.excludeDocumentId !== undefined)
            query = query.where((where) =>
              where.or([
                where("document_id", "is", null),
                where("document_id", "!=", filter.excludeDocumentId ?? ""),
              ]),
            );
          // Ordered by id, the last row per key wins: the latest revision matching the filter.
          const rows = await query.orderBy("id").execute();
          for (const row of rows) latest.set(row.memory_key, toRevision(row));
        }
        return latest;
      }),

    changeCounter: () =>
      run(async () => {
        const row = await db
          .selectFrom("store_changes")
          .select("counter")
          .where("id", "=", 1)
          .executeTakeFirst();
        return Number(row?.counter ?? 0);
      }),

    ping: () =>
      run(async () => {
        await db.selectFrom("documents").select("id").limit(1).execute();
      }),

    close: () => db.destroy(),
  };
}
