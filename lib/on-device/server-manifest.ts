import "server-only";

import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AppEnv } from "@/lib/env";
import { DEFAULT_MODEL_MANIFEST, type ModelManifest } from "./model-manifest";
import { modelManifestSchema } from "./model-manifest-schema";

/** Path under which the server hands out files of ON_DEVICE_MODEL_DIR. */
export const MODEL_FILES_ROUTE = "/api/engines/on-device/files";

/**
 * The manifest the browser downloads against. By default Mozilla's files with their pinned
 * hashes. With ON_DEVICE_MODEL_URL the same files from the operator's address. With
 * ON_DEVICE_MODEL_DIR from this server's folder: the folder's own manifest.json (same fields,
 * `url` optional, for files kept elsewhere) when it has one, for other models or a mirror;
 * otherwise the pinned Mozilla files.
 */
export async function onDeviceManifest(
  env: Pick<AppEnv, "ON_DEVICE_MODEL_DIR" | "ON_DEVICE_MODEL_URL">,
): Promise<ModelManifest> {
  if (env.ON_DEVICE_MODEL_DIR) {
    const own = await readFolderManifest(env.ON_DEVICE_MODEL_DIR);
    const base = own ?? DEFAULT_MODEL_MANIFEST;
    return {
      ...base,
      origin: "this-server",
      // A file the folder's manifest gives an address for is fetched from there; the others
      // are served from the folder by this app.
      files: base.files.map((file) => ({
        ...file,
        url:
          own && file.url !== ""
            ? file.url
            : `${MODEL_FILES_ROUTE}/${encodeURIComponent(file.name)}`,
      })),
    };
  }
  if (env.ON_DEVICE_MODEL_URL) {
    const base = env.ON_DEVICE_MODEL_URL.replace(/\/+$/, "");
    return {
      ...DEFAULT_MODEL_MANIFEST,
      origin: "operator-url",
      files: DEFAULT_MODEL_MANIFEST.files.map((file) => ({ ...file, url: `${base}/${file.name}` })),
    };
  }
  return DEFAULT_MODEL_MANIFEST;
}

const folderManifestSchema = modelManifestSchema.extend({
  files: modelManifestSchema.shape.files.element.partial({ url: true }).array().min(1),
});

async function readFolderManifest(folder: string): Promise<ModelManifest | null> {
  let text: string;
  try {
    text = await readFile(path.join(folder, "manifest.json"), "utf8");
  } catch {
    return null;
  }
  const parsed = folderManifestSchema.parse(JSON.parse(text));
  return { ...parsed, files: parsed.files.map((file) => ({ ...file, url: file.url ?? "" })) };
}

/** A file of ON_DEVICE_MODEL_DIR that the manifest names, or null for any other name. */
export async function modelFilePath(
  env: Pick<AppEnv, "ON_DEVICE_MODEL_DIR" | "ON_DEVICE_MODEL_URL">,
  name: string,
): Promise<{ file: string; size: number } | null> {
  if (!env.ON_DEVICE_MODEL_DIR) return null;
  const manifest = await onDeviceManifest(env);
  // Only names the manifest lists are served, so no other file of the folder (or beyond it) is.
  if (!manifest.files.some((file) => file.name === name)) return null;
  const file = path.join(env.ON_DEVICE_MODEL_DIR, name);
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}
