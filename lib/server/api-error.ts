import "server-only";

import { ImportError } from "@/lib/import/errors";
import { StoreError } from "@/lib/store/errors";
import { TranslationError } from "@/lib/translation/errors";

/** Every error code the HTTP API can answer with, and its status. */
const STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  request_aborted: 400,
  engine_not_found: 400,
  model_not_allowed: 400,
  unsupported_language_pair: 400,
  edit_key_required: 403,
  edit_key_invalid: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  nothing_to_translate: 422,
  language_not_detected: 422,
  rate_limited: 429,
  internal_error: 500,
  engine_failure: 502,
  engine_unavailable: 503,
  server_busy: 503,
  timeout: 504,
  store_unavailable: 503,
  store_read_only: 503,
  redis_unavailable: 503,
  import_invalid_url: 400,
  import_blocked_address: 400,
  import_unreachable: 502,
  import_too_large: 413,
  import_timeout: 504,
  import_too_many_redirects: 502,
  import_unsupported_type: 415,
  import_no_article: 422,
} as const;

export type ApiErrorCode = keyof typeof STATUS;

/** An error meant for the API's caller: a stable code, an HTTP status and a safe message. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = STATUS[code];
    this.headers = headers;
  }

  toResponse(): Response {
    return Response.json(
      { error: { code: this.code, message: this.message } },
      { status: this.status, headers: { "Cache-Control": "no-store", ...this.headers } },
    );
  }
}

/** Maps an engine or orchestrator error to what the API tells its caller. */
export function apiErrorFromTranslationError(error: TranslationError): ApiError {
  switch (error.code) {
    case "engine_not_found":
    case "model_not_allowed":
    case "unsupported_language_pair":
      return new ApiError(error.code, error.message);
    case "engine_unavailable":
    case "authentication_failed":
      return new ApiError(
        "engine_unavailable",
        "The translation engine is not available right now.",
      );
    case "rate_limited":
      return new ApiError(
        "engine_unavailable",
        "The translation engine is rate-limiting requests; try again shortly.",
      );
    case "timeout":
      return new ApiError("timeout", "The translation engine took too long to answer.");
    default:
      return new ApiError("engine_failure", "The translation engine failed to translate the text.");
  }
}

/**
 * What a request tells its caller when the database fails it. An outage fails reads and writes
 * alike, so its message names both; read-only only ever refuses a write.
 */
export function apiErrorFromStoreError(error: StoreError): ApiError {
  switch (error.code) {
    case "store_read_only":
      return new ApiError(
        "store_read_only",
        "Saving is not possible right now: the database is read-only. Reading and translating still work.",
      );
    case "store_not_found":
      return new ApiError("not_found", "There is no such document.");
    default:
      return new ApiError(
        "store_unavailable",
        "The database is not reachable right now, so saved documents can neither be opened nor saved. Translating still works.",
      );
  }
}

/**
 * Turns anything thrown in a route into a response. Unknown errors are logged on the server and
 * answered with a generic message: no stack trace, key or environment detail reaches the client.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return error.toResponse();
  if (error instanceof TranslationError) return apiErrorFromTranslationError(error).toResponse();
  if (error instanceof StoreError) {
    console.error("Database error:", error.cause ?? error);
    return apiErrorFromStoreError(error).toResponse();
  }
  if (error instanceof ImportError) return new ApiError(error.code, error.message).toResponse();
  console.error("Unhandled API error", error);
  return new ApiError("internal_error", "Something went wrong on the server.").toResponse();
}
