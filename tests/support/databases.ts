import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * PostgreSQL for tests: `.ci/run` sets TEST_DATABASE_URL; without it the PostgreSQL half of the
 * store suite is skipped, and the skip says so in its name.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const POSTGRES_SKIP_REASON =
  "skipped: TEST_DATABASE_URL is not set (run .ci/run, or point it at a PostgreSQL server)";

/** A fresh, empty database on the test server, dropped by the returned `drop`. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `dvibhashi_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A temporary folder for SQLite files, removed by `remove`. */
export function scratchFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-store-"));
  return {
    folder,
    remove: () => {
      unlockReadOnly(folder);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const locked = new Set<string>();

/**
 * Makes a file really read-only. Root ignores permission bits, so as root the file is marked
 * immutable instead (chattr +i); returns false when neither works on this machine.
 */
export function makeReadOnly(file: string): boolean {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return true;
  }
  try {
    execFileSync("chattr", ["+i", file], { stdio: "ignore" });
    locked.add(file);
    return true;
  } catch {
    return false;
  }
}

/** Undoes makeReadOnly for one file. */
export function makeWritable(file: string): void {
  if (locked.has(file)) {
    execFileSync("chattr", ["-i", file], { stdio: "ignore" });
    locked.delete(file);
  } else {
    chmodSync(file, 0o644);
  }
}

function unlockReadOnly(folder: string): void {
  for (const file of locked) {
    if (!file.startsWith(folder)) continue;
    try {
      execFileSync("chattr", ["-i", file], { stdio: "ignore" });
    } catch {
      // Already unlocked or gone.
    }
    locked.delete(file);
  }
}
