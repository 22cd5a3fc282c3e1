import "server-only";

import type { z } from "zod";
import { ApiError } from "./api-error";

/**
 * Reads a JSON request body with a byte limit, then validates it with a zod schema.
 *
 * The limit is enforced while streaming, so a 50 MB body is refused after the first chunk past
 * the limit instead of being buffered whole.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes: number,
): Promise<z.output<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError(
      "unsupported_media_type",
      "Send the request body as JSON with Content-Type: application/json.",
    );
  }
  const bytes = await readBodyBytes(
    request,
    maxBytes,
    () => new ApiError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`),
  );

  let parsed: unknown;
  try {
    // Invalid UTF-8 becomes U+FFFD rather than an exception: the text is kept, not refused.
    parsed = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(wellFormed(parsed));
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new ApiError(
      "invalid_request",
      `${where}${issue?.message ?? "The request is not valid."}`,
    );
  }
  return result.data;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every string in a parsed body with NUL and lone surrogates replaced by U+FFFD, one for one.
 * PostgreSQL refuses NUL in text and SQLite turned a lone surrogate into three replacement
 * characters, so the same request stored differently on each; replacing them here, before
 * anything is stored or hashed, makes both databases keep the same text, keeps every length
 * and offset as the client counted it, and keeps memory keys stable.
 */
export function wellFormed(value: unknown): unknown {
  if (typeof value === "string") {
    return value.replace(LONE_SURROGATE, "\uFFFD").replace(/\u0000/g, "\uFFFD");
  }
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        wellFormed(item),
      ]),
    );
  }
  return value;
}

/**
 * Reads a request body up to `maxBytes`, checking the declared length first and then counting
 * while streaming, so an oversized body is refused without being held in memory. A body cut off
 * by the client is a `request_aborted` error.
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        // The body is the client's own stream: it fails only when the client closed or reset
        // the connection mid-upload. That is the client leaving, not a server fault to log.
        throw new ApiError(
          "request_aborted",
          "The request body stopped before it was complete: the connection closed during the upload. Send it again.",
        );
      }
      const { done, value } = chunk;
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
