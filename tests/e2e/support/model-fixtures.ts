import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ModelFile, ModelManifest } from "@/lib/on-device/model-manifest";

/** One generated model file: its bytes before and after gzip, as the manifest describes it. */
export interface GeneratedFile {
  file: Omit<ModelFile, "url">;
  raw: Buffer;
  served: Buffer;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Files in the on-device translator's layout (model, vocabulary, shortlist per direction) made
 * of random bytes, gzipped like Mozilla's. They are not a Marian model: they exercise the
 * download, resume, verification, storage and transfer to the worker, not translation quality.
 */
export function generateModelFiles(): GeneratedFile[] {
  const make = (
    name: string,
    direction: ModelFile["direction"],
    role: ModelFile["role"],
    size: number,
  ): GeneratedFile => {
    const raw = randomBytes(size);
    const served = gzipSync(raw);
    return {
      raw,
      served,
      file: {
        name,
        size: served.byteLength,
        sha256: sha256(served),
        compression: "gzip",
        direction,
        role,
      },
    };
  };
  return [
    make("model.hien.test.bin.gz", "hi-en", "model", 400_000),
    make("vocab.hien.test.spm.gz", "hi-en", "vocab", 30_000),
    make("model.enhi.test.bin.gz", "en-hi", "model", 300_000),
    make("lex.enhi.test.bin.gz", "en-hi", "shortlist", 20_000),
    make("vocab.enhi.test.spm.gz", "en-hi", "vocab", 30_000),
  ];
}

/** Writes the files and a manifest.json into a new folder for ON_DEVICE_MODEL_DIR. */
export function writeModelFolder(files: GeneratedFile[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-models-"));
  for (const generated of files)
    writeFileSync(path.join(folder, generated.file.name), generated.served);
  return folder;
}

export function writeFolderManifest(
  folder: string,
  version: string,
  files: (Omit<ModelFile, "url"> & { url?: string })[],
): void {
  const manifest: Omit<ModelManifest, "files"> & { files: typeof files } = {
    version,
    origin: "this-server",
    licence: "test fixture",
    files,
  };
  writeFileSync(path.join(folder, "manifest.json"), JSON.stringify(manifest));
}

export interface ModelFileServer {
  url: string;
  /** Every request: path and Range header. */
  requests: { path: string; range: string | undefined }[];
  /** The next request of this path stops after this many bytes (the connection is closed). */
  cutNext: Map<string, number>;
  /** The next request of this path sends this many bytes, then stalls until the client gives up. */
  stallNext: Map<string, number>;
  close(): Promise<void>;
}

/** Serves generated files on 127.0.0.1 with CORS and single-range requests, like a CDN. */
export async function startModelFileServer(files: GeneratedFile[]): Promise<ModelFileServer> {
  const requests: ModelFileServer["requests"] = [];
  const cutNext = new Map<string, number>();
  const stallNext = new Map<string, number>();
  const byName = new Map(files.map((generated) => [`/${generated.file.name}`, generated.served]));
  const server = createServer((request, response) => {
    const requestPath = new URL(request.url ?? "/", "http://x").pathname;
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Headers", "Range");
    response.setHeader("Access-Control-Expose-Headers", "Content-Range, Content-Length");
    if (request.method === "OPTIONS") {
      response.writeHead(204).end();
      return;
    }
    const range = request.headers.range;
    requests.push({ path: requestPath, range });
    const body = byName.get(requestPath);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    let start = 0;
    const match = range ? /^bytes=(\d+)-$/.exec(range) : null;
    if (match) start = Number(match[1]);
    const slice = body.subarray(start);
    response.writeHead(match ? 206 : 200, {
      "Content-Length": String(slice.byteLength),
      "Accept-Ranges": "bytes",
      ...(match
        ? { "Content-Range": `bytes ${start}-${body.byteLength - 1}/${body.byteLength}` }
        : {}),
    });
    const cut = cutNext.get(requestPath);
    if (cut !== undefined) {
      cutNext.delete(requestPath);
      // Half-close (FIN) rather than reset, so the bytes sent arrive before the browser sees
      // the body end short of its Content-Length.
      response.write(slice.subarray(0, cut), () => response.socket?.end());
      return;
    }
    const stall = stallNext.get(requestPath);
    if (stall !== undefined) {
      stallNext.delete(requestPath);
      // A slow network: part of the body, then nothing, so progress and Cancel can be seen.
      response.write(slice.subarray(0, stall));
      return;
    }
    response.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cutNext,
    stallNext,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
