import type { ModelFile, ModelManifest } from "./model-manifest";

/**
 * The on-device translator's files in the browser's Cache Storage. A file is fetched only when
 * the reader asks for the download; an interrupted download keeps what arrived and resumes with
 * an HTTP Range request; every file's size and sha256 are checked before it is stored, so what
 * the store holds is always what the manifest names. Afterwards no network is needed.
 */
export const MODEL_CACHE = "dvibhashi-on-device-models-v1";
const MANIFEST_KEY = "/__on-device/manifest.json";
const fileKey = (manifest: ModelManifest, file: ModelFile) =>
  `/__on-device/${encodeURIComponent(manifest.version)}/${file.name}`;
const partialKey = (manifest: ModelManifest, file: ModelFile) =>
  `${fileKey(manifest, file)}.partial`;

export type ModelErrorCode =
  "network" | "size_mismatch" | "hash_mismatch" | "cancelled" | "storage";

/** Why the on-device translator could not be downloaded or loaded; `code` is stable. */
export class ModelDownloadError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = "ModelDownloadError";
  }
}

export interface DownloadProgress {
  /** Bytes of all files present (stored, resumed or arrived), and the total the manifest names. */
  loaded: number;
  total: number;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function concat(parts: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

async function openCache(): Promise<Cache> {
  if (typeof caches === "undefined")
    throw new ModelDownloadError(
      "storage",
      "This browser cannot store the translator here (Cache Storage needs a secure page).",
    );
  return caches.open(MODEL_CACHE);
}

/** The manifest of the stored translator, if one was downloaded completely. */
export async function storedManifest(): Promise<ModelManifest | null> {
  // Looking must not create the cache: after "Remove" the browser should hold nothing.
  if (typeof caches === "undefined" || !(await caches.has(MODEL_CACHE))) return null;
  const cache = await caches.open(MODEL_CACHE);
  const response = await cache.match(MANIFEST_KEY);
  if (!response) return null;
  // Imported here, not at the top: zod need not load with the pages that check for a download.
  const { modelManifestSchema } = await import("./model-manifest-schema");
  const parsed = modelManifestSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return null;
  for (const file of parsed.data.files)
    if (!(await cache.match(fileKey(parsed.data, file)))) return null;
  return parsed.data;
}

/** Whether this exact manifest's files are all stored. */
export async function isDownloaded(manifest: ModelManifest): Promise<boolean> {
  const stored = await storedManifest();
  return stored !== null && stored.version === manifest.version;
}

/** A stored file's bytes as served (still compressed when the manifest says so). */
export async function readStoredFile(
  manifest: ModelManifest,
  file: ModelFile,
): Promise<ArrayBuffer> {
  const cache = await openCache();
  const response = await cache.match(fileKey(manifest, file));
  if (!response)
    throw new ModelDownloadError(
      "storage",
      `The translator file ${file.name} is not stored.`,
      file.name,
    );
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength !== file.size)
    throw new ModelDownloadError(
      "size_mismatch",
      `The stored file ${file.name} has ${bytes.byteLength} bytes, not ${file.size}.`,
      file.name,
    );
  return bytes;
}

/** Frees the space: every stored file, partial download and the manifest. */
export async function removeModel(): Promise<void> {
  keptInPage.clear();
  if (typeof caches === "undefined") return;
  await caches.delete(MODEL_CACHE);
}

/**
 * The latest partial bytes of each file in this page too: a Resume clicked the moment the error
 * shows can reach Cache Storage before the partial just put there is visible to `match`, and
 * would then start the file again without a Range.
 */
const keptInPage = new Map<string, Uint8Array>();

/** Bytes kept from an interrupted download of a file. */
async function partialBytes(cache: Cache, manifest: ModelManifest, file: ModelFile) {
  const inPage = keptInPage.get(partialKey(manifest, file));
  if (inPage && inPage.byteLength < file.size) return inPage;
  const response = await cache.match(partialKey(manifest, file));
  if (!response) return new Uint8Array(0);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.byteLength < file.size ? bytes : new Uint8Array(0);
}

async function downloadFile(
  cache: Cache,
  manifest: ModelManifest,
  file: ModelFile,
  options: { signal?: AbortSignal; fetchImpl: typeof fetch; onBytes: (bytes: number) => void },
): Promise<void> {
  if (await cache.match(fileKey(manifest, file))) {
    options.onBytes(file.size);
    return;
  }
  const kept = await partialBytes(cache, manifest, file);
  const parts: Uint8Array[] = [];
  let received = 0;
  if (kept.byteLength > 0) {
    parts.push(kept);
    received = kept.byteLength;
    options.onBytes(received);
  }
  const savePartial = async () => {
    if (received === 0 || received >= file.size) return;
    const bytes = concat(parts, received);
    keptInPage.set(partialKey(manifest, file), bytes);
    await cache.put(partialKey(manifest, file), new Response(bytes.slice())).catch(() => undefined);
  };

  try {
    const response = await options.fetchImpl(file.url, {
      ...(received > 0 ? { headers: { Range: `bytes=${received}-` } } : {}),
      signal: options.signal,
      cache: "no-store",
    });
    if (received > 0 && response.status === 200) {
      // The server ignored the Range header: start the file again.
      parts.length = 0;
      options.onBytes(-received);
      received = 0;
    } else if (received > 0 && response.status !== 206) {
      throw new ModelDownloadError(
        "network",
        `The server answered ${response.status} for ${file.name}.`,
        file.name,
      );
    } else if (received === 0 && !response.ok) {
      throw new ModelDownloadError(
        "network",
        `The server answered ${response.status} for ${file.name}.`,
        file.name,
      );
    }
    const reader = response.body?.getReader();
    if (!reader)
      throw new ModelDownloadError("network", `No data came for ${file.name}.`, file.name);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.byteLength > file.size)
        throw new ModelDownloadError(
          "size_mismatch",
          `${file.name} is larger than the expected ${file.size} bytes.`,
          file.name,
        );
      parts.push(value);
      received += value.byteLength;
      options.onBytes(value.byteLength);
    }
  } catch (error) {
    if (error instanceof ModelDownloadError && error.code === "size_mismatch") {
      keptInPage.delete(partialKey(manifest, file));
      await cache.delete(partialKey(manifest, file));
      throw error;
    }
    await savePartial();
    if (options.signal?.aborted)
      throw new ModelDownloadError(
        "cancelled",
        "The download was cancelled; it resumes where it stopped.",
      );
    if (error instanceof ModelDownloadError) throw error;
    throw new ModelDownloadError(
      "network",
      `The download of ${file.name} was interrupted; try again to resume it.`,
      file.name,
    );
  }

  if (received !== file.size) {
    await savePartial();
    throw new ModelDownloadError(
      "size_mismatch",
      `${file.name} arrived with ${received} of ${file.size} bytes; try again to resume it.`,
      file.name,
    );
  }
  const bytes = concat(parts, received);
  const digest = hex(await crypto.subtle.digest("SHA-256", bytes));
  keptInPage.delete(partialKey(manifest, file));
  await cache.delete(partialKey(manifest, file));
  if (digest !== file.sha256)
    throw new ModelDownloadError(
      "hash_mismatch",
      `${file.name} is not the expected file (its sha256 differs); it was discarded.`,
      file.name,
    );
  try {
    await cache.put(fileKey(manifest, file), new Response(bytes));
  } catch {
    throw new ModelDownloadError(
      "storage",
      "The browser refused to store the translator (is the disk full?).",
    );
  }
}

/**
 * Downloads every file of `manifest` not stored yet, then records the manifest so the engine
 * finds the files without a network. Files of an older manifest are dropped first.
 */
export async function downloadModel(
  manifest: ModelManifest,
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: DownloadProgress) => void;
    fetchImpl?: typeof fetch;
  } = {},
): Promise<void> {
  const previous = await storedManifest();
  if (previous && previous.version !== manifest.version) await removeModel();
  const cache = await openCache();
  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  let loaded = 0;
  const report = (bytes: number) => {
    loaded += bytes;
    options.onProgress?.({ loaded, total });
  };
  options.onProgress?.({ loaded, total });
  for (const file of manifest.files) {
    await downloadFile(cache, manifest, file, {
      signal: options.signal,
      fetchImpl: options.fetchImpl ?? fetch.bind(globalThis),
      onBytes: report,
    });
  }
  await cache.put(
    MANIFEST_KEY,
    new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/json" } }),
  );
}
