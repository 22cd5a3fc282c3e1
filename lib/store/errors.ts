/** Why the store could not do what it was asked. Callers switch on `code`, not the message. */
export type StoreErrorCode =
  /** The database cannot be reached (PostgreSQL down, file folder missing). */
  | "store_unavailable"
  /** The database refuses writes (read-only file or folder, read-only server). */
  | "store_read_only"
  /** A row the request depends on does not exist. */
  | "store_not_found"
  /** Anything else the database reported. */
  | "store_failure";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly isRetryable: boolean;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "StoreError";
    this.code = code;
    this.isRetryable = code === "store_unavailable";
  }
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown
  "57P03", // cannot_connect_now
  "3D000", // database does not exist
  "SQLITE_CANTOPEN",
  "SQLITE_BUSY",
]);
const READ_ONLY_CODES = new Set([
  "SQLITE_READONLY",
  "SQLITE_READONLY_DIRECTORY",
  "25006",
  "EACCES",
  "EROFS",
]);

/** Turns a driver error (better-sqlite3, pg, node) into a StoreError with a plain message. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  if (READ_ONLY_CODES.has(code) || /read-?only/i.test(message))
    return new StoreError(
      "store_read_only",
      "The database is read-only, so nothing can be saved.",
      {
        cause: error,
      },
    );
  if (UNAVAILABLE_CODES.has(code) || /timeout|terminated|connect|Connection/i.test(message))
    return new StoreError("store_unavailable", "The database is not reachable right now.", {
      cause: error,
    });
  return new StoreError("store_failure", "The database could not complete the request.", {
    cause: error,
  });
}
