import "server-only";

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { DocumentStore } from "@/lib/store/store-spec";
import { ApiError } from "./api-error";

/** The header that carries a document's edit key (never the URL, which logs and referrers keep). */
export const EDIT_KEY_HEADER = "x-edit-key";

/** A new edit key: 256 random bits in base64url, shown to the document's creator once. */
export function newEditKey(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the key: its SHA-256, so a leaked table opens nothing. */
export function hashEditKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function readEditKey(request: Request): string | undefined {
  const key = request.headers.get(EDIT_KEY_HEADER)?.trim();
  return key === undefined || key === "" ? undefined : key.slice(0, 200);
}

/**
 * Whether the request carries the edit key of document `id`. Rejects with 404 when there is no
 * such document, so a key check never tells a stranger more than a read would.
 */
export async function hasEditKey(
  store: Pick<DocumentStore, "getEditKeyHash">,
  id: string,
  request: Request,
): Promise<boolean> {
  const stored = await store.getEditKeyHash(id);
  if (stored === undefined)
    throw new ApiError("not_found", "There is no document at this address.");
  const key = readEditKey(request);
  if (key === undefined) return false;
  if (stored === null) throw editKeyInvalid();
  const given = Buffer.from(hashEditKey(key), "hex");
  const expected = Buffer.from(stored, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw editKeyInvalid();
  return true;
}

/** Rejects unless the request carries document `id`'s edit key. */
export async function requireEditKey(
  store: Pick<DocumentStore, "getEditKeyHash">,
  id: string,
  request: Request,
): Promise<void> {
  if (!(await hasEditKey(store, id, request))) throw editKeyRequired();
}

export function editKeyRequired(): ApiError {
  return new ApiError(
    "edit_key_required",
    "Changing this document needs its edit key, which only whoever saved it has (or was given with its edit link). Without it you can propose a suggestion instead.",
  );
}

function editKeyInvalid(): ApiError {
  return new ApiError("edit_key_invalid", "This edit key does not belong to this document.");
}
