import { z } from "zod";

// The schemas live apart from the manifest's data and helpers (model-manifest.ts) so that pages
// showing the on-device panel do not load zod at once: the browser parses a manifest only when
// it fetches one, and imports this module then.

/**
 * The files of the on-device translator: Mozilla's Firefox Translations "tiny" Hindi⇄English
 * models (MPL-2.0), run by Bergamot. Sizes and sha256 are of the files as served (gzip), so a
 * truncated, corrupted or substituted download is refused before the runtime sees it.
 */
export const modelFileSchema = z.object({
  /** File name, also its name in the operator's folder. */
  name: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, "A model file name has letters, digits, dots, dashes only."),
  /** Where the browser fetches it (absolute, or a path on the app's own origin). */
  url: z.string().min(1),
  /** Bytes as served. */
  size: z.number().int().positive(),
  /** Hex sha256 of the bytes as served. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  compression: z.enum(["gzip", "none"]),
  direction: z.enum(["hi-en", "en-hi"]),
  role: z.enum(["model", "vocab", "shortlist"]),
});

export const modelManifestSchema = z.object({
  /** Changes whenever the files change, so a stale copy in the browser is never used. */
  version: z.string().min(1),
  /** Where the files come from, as told to the reader. */
  origin: z.enum(["mozilla", "this-server", "operator-url"]),
  licence: z.string(),
  files: z.array(modelFileSchema).min(1),
});

export type ModelFile = z.output<typeof modelFileSchema>;
export type ModelManifest = z.output<typeof modelManifestSchema>;
