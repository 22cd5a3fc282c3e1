import "server-only";

import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { toStoreError } from "./errors";
import { createKyselyStore, migrateToLatest } from "./kysely-store";
import type { Database } from "./schema";
import type { Store } from "./store-spec";

/**
 * Opens the shared store on PostgreSQL, for several app instances behind one load balancer.
 * The migrator takes a lock table, so instances starting together migrate once.
 */
export async function openPostgresStore(options: {
  /** A postgres:// connection string. */
  url: string;
  /** Connections this instance may hold. */
  maxConnections?: number;
  now?: () => Date;
}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // A database that is down must fail a save quickly, not hang the request.
    connectionTimeoutMillis: 3_000,
    query_timeout: 10_000,
  });
  // An idle client losing its server emits an error on the pool; without a listener Node would
  // treat it as unhandled and end the process.
  pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  // The pool listens only while a client is idle. A connection lost between a query's end and
  // the client's return to the pool errors on the client itself, which would likewise end the
  // process; the pool discards that client on its release.
  pool.on("connect", (client) => {
    client.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, "postgres");
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw toStoreError(error);
  }
  return createKyselyStore(db, "postgres", { now: options.now });
}
