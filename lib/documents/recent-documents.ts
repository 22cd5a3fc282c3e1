import type { LanguageCode } from "@/lib/text/language";

/**
 * The documents this browser saved, newest first. Kept on the device rather than listed by the
 * server: permalinks are unguessable on purpose, and a shared list would hand them to anyone.
 */
export interface RecentDocument {
  id: string;
  title: string;
  source: LanguageCode;
  target: LanguageCode;
  savedAt: string;
  /**
   * The document's edit key, when this browser saved the document or opened its edit link.
   * It stays on this device: the server keeps only its hash and shows it to nobody else.
   */
  editKey?: string;
  /** A fingerprint of the text and direction: translating the same article again replaces its entry. */
  contentKey?: string;
}

const STORAGE_KEY = "recent-documents";
const MAX_RECENT = 20;
const listeners = new Set<() => void>();
let snapshot: RecentDocument[] | undefined;

function isRecent(value: unknown): value is RecentDocument {
  const item = value as Partial<RecentDocument> | null;
  return (
    typeof item?.id === "string" &&
    /^[A-Za-z0-9_-]{22}$/.test(item.id) &&
    typeof item.title === "string" &&
    (item.source === "hi" || item.source === "en") &&
    (item.target === "hi" || item.target === "en") &&
    typeof item.savedAt === "string" &&
    (item.editKey === undefined ||
      (typeof item.editKey === "string" && item.editKey.length <= 200)) &&
    (item.contentKey === undefined || typeof item.contentKey === "string")
  );
}

function read(): RecentDocument[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

function write(items: RecentDocument[]): void {
  snapshot = items.slice(0, MAX_RECENT);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot));
  } catch {
    // Storage full or blocked: the list lives for this visit only.
  }
  for (const listener of listeners) listener();
}

export function getRecentDocuments(): RecentDocument[] {
  snapshot ??= read();
  return snapshot;
}

const EMPTY: RecentDocument[] = [];
export const getServerRecentDocuments = () => EMPTY;

export function subscribeRecentDocuments(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    snapshot = read();
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function rememberDocument(item: RecentDocument): void {
  write([
    item,
    ...getRecentDocuments().filter(
      (existing) =>
        existing.id !== item.id &&
        (item.contentKey === undefined || existing.contentKey !== item.contentKey),
    ),
  ]);
}

export function forgetDocument(id: string): void {
  write(getRecentDocuments().filter((existing) => existing.id !== id));
}

/** The edit key this browser holds for a document, if any. */
export function editKeyFor(id: string): string | undefined {
  return getRecentDocuments().find((item) => item.id === id)?.editKey;
}

/** Keeps an edit key that arrived with an edit link, on the document's Recent entry. */
export function rememberEditKey(item: Omit<RecentDocument, "editKey">, editKey: string): void {
  const existing = getRecentDocuments().find((entry) => entry.id === item.id);
  rememberDocument({ ...(existing ?? item), editKey });
}
