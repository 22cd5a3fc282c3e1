import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { toStoreError } from "./errors";
import { createKyselyStore, migrateToLatest } from "./kysely-store";
import type { Database } from "./schema";
import type { Store } from "./store-spec";

function hasSchema(database: BetterSqlite3.Database): boolean {
  const row = database
    .prepare("select count(*) as count from sqlite_master where name = 'documents'")
    .get() as { count: number };
  return row.count > 0;
}

/** Opens a database whose file cannot be written, for reading only. */
function openForReading(file: string): BetterSqlite3.Database {
  const database = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  if (hasSchema(database)) return database;
  database.close();
  throw new Error("The database file has no Dvibhashi tables.");
}

/**
 * Opens (creating and migrating when needed) the embedded store: one SQLite file. WAL lets
 * readers go on while a save is written; the busy timeout lets two processes on one file wait
 * for each other's short writes instead of failing.
 */
export async function openSqliteStore(options: {
  /** Path of the database file, or ":memory:". */
  file: string;
  now?: () => Date;
}): Promise<Store> {
  let database: BetterSqlite3.Database;
  let writable = true;
  try {
    if (options.file !== ":memory:") mkdirSync(path.dirname(options.file), { recursive: true });
    database = new BetterSqlite3(options.file);
    database.pragma("busy_timeout = 5000");
    database.pragma("foreign_keys = ON");
    database.pragma("journal_mode = WAL");
    hasSchema(database);
  } catch (error) {
    // A file that cannot be written can still be read; saving then reports a read-only store.
    try {
      database = openForReading(options.file);
      writable = false;
    } catch {
      throw toStoreError(error);
    }
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  if (writable) {
    try {
      await migrateToLatest(db, "sqlite");
    } catch (error) {
      if (!hasSchema(database)) {
        await db.destroy();
        throw toStoreError(error);
      }
    }
  }
  return createKyselyStore(db, "sqlite", { now: options.now });
}
