/**
 * Errors raised by engines, the registry and the orchestrator. Each has a stable `code` that
 * callers switch on (messages may change) and says whether trying again could succeed.
 */

export type TranslationErrorCode =
  | "engine_not_found"
  | "unsupported_specification_version"
  | "engine_unavailable"
  | "unsupported_language_pair"
  | "authentication_failed"
  | "rate_limited"
  | "timeout"
  | "aborted"
  | "invalid_response"
  | "segment_count_mismatch"
  | "request_too_large"
  | "engine_failure";

export interface TranslationErrorOptions {
  message: string;
  isRetryable?: boolean;
  /** Milliseconds the engine asked us to wait (e.g. from a Retry-After header). */
  retryAfterMs?: number;
  cause?: unknown;
}

export class TranslationError extends Error {
  readonly code: TranslationErrorCode;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(code: TranslationErrorCode, options: TranslationErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = "TranslationError";
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }

  static isInstance(error: unknown): error is TranslationError {
    return error instanceof TranslationError;
  }
}

export class NoSuchEngineError extends TranslationError {
  readonly requestedId: string;
  readonly availableIds: readonly string[];

  constructor(requestedId: string, availableIds: readonly string[]) {
    super("engine_not_found", {
      message: `No engine "${requestedId}". Engines that exist: ${availableIds.join(", ")}.`,
    });
    this.name = "NoSuchEngineError";
    this.requestedId = requestedId;
    this.availableIds = availableIds;
  }
}

/** An engine written against a version of the engine contract this registry does not know. */
export class UnsupportedSpecificationVersionError extends TranslationError {
  readonly engineId: string;
  readonly version: string;
  readonly supportedVersions: readonly string[];

  constructor(engineId: string, version: string, supportedVersions: readonly string[]) {
    super("unsupported_specification_version", {
      message: `Engine "${engineId}" implements specification version "${version}"; this registry supports ${supportedVersions.map((known) => `"${known}"`).join(", ")}.`,
    });
    this.name = "UnsupportedSpecificationVersionError";
    this.engineId = engineId;
    this.version = version;
    this.supportedVersions = supportedVersions;
  }
}

export class EngineUnavailableError extends TranslationError {
  constructor(message: string) {
    super("engine_unavailable", { message });
    this.name = "EngineUnavailableError";
  }
}

export class UnsupportedLanguagePairError extends TranslationError {
  constructor(engineId: string, source: string, target: string) {
    super("unsupported_language_pair", {
      message: `Engine "${engineId}" does not translate ${source} to ${target}.`,
    });
    this.name = "UnsupportedLanguagePairError";
  }
}

export class TranslationTimeoutError extends TranslationError {
  constructor(timeoutMs: number) {
    super("timeout", {
      message: `The engine did not answer within ${timeoutMs} ms.`,
      isRetryable: true,
    });
    this.name = "TranslationTimeoutError";
  }
}

export class TranslationAbortedError extends TranslationError {
  constructor() {
    super("aborted", { message: "The translation was cancelled." });
    this.name = "TranslationAbortedError";
  }
}

export class SegmentCountMismatchError extends TranslationError {
  readonly expected: number;
  readonly received: number;

  constructor(expected: number, received: number) {
    super("segment_count_mismatch", {
      message: `The engine returned ${received} translations for ${expected} paragraphs.`,
      isRetryable: true,
    });
    this.name = "SegmentCountMismatchError";
    this.expected = expected;
    this.received = received;
  }
}

/** Turns anything thrown into a TranslationError, keeping the original as `cause`. */
export function toTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  if (error instanceof Error && error.name === "AbortError") return new TranslationAbortedError();
  return new TranslationError("engine_failure", {
    message: "The engine failed unexpectedly.",
    isRetryable: true,
    cause: error,
  });
}
