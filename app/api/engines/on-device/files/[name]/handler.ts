import "server-only";

import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { AppEnv } from "@/lib/env";
import { modelFilePath } from "@/lib/on-device/server-manifest";

/** Parses a single `bytes=start-[end]` range; null when absent, "invalid" when unsatisfiable. */
export function parseRange(
  header: string | null,
  size: number,
): [number, number] | null | "invalid" {
  if (header === null) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return "invalid";
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return "invalid";
  let start: number;
  let end: number;
  if (first === "") {
    start = Math.max(0, size - Number(last));
    end = size - 1;
  } else {
    start = Number(first);
    end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  }
  return start > end || start >= size ? "invalid" : [start, end];
}

/**
 * GET /api/engines/on-device/files/:name: a file of ON_DEVICE_MODEL_DIR named in the manifest,
 * with HTTP Range support so an interrupted download resumes where it stopped.
 */
export function createModelFileHandler(getEnv: () => AppEnv) {
  return async function GET(
    request: Request,
    context: { params: Promise<{ name: string }> },
  ): Promise<Response> {
    const { name } = await context.params;
    const found = await modelFilePath(getEnv(), name).catch(() => null);
    if (!found) return new Response("Not found", { status: 404 });
    const range = parseRange(request.headers.get("range"), found.size);
    const headers = {
      "Accept-Ranges": "bytes",
      "Content-Type": "application/octet-stream",
      "Cache-Control": "no-cache",
    };
    if (range === "invalid")
      return new Response(null, {
        status: 416,
        headers: { ...headers, "Content-Range": `bytes */${found.size}` },
      });
    const [start, end] = range ?? [0, found.size - 1];
    const body = Readable.toWeb(createReadStream(found.file, { start, end })) as ReadableStream;
    return new Response(body, {
      status: range ? 206 : 200,
      headers: {
        ...headers,
        "Content-Length": String(end - start + 1),
        ...(range ? { "Content-Range": `bytes ${start}-${end}/${found.size}` } : {}),
      },
    });
  };
}
