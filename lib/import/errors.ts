/** Why an import was refused or failed; each code has its own message for the reader. */
export type ImportErrorCode =
  | "import_invalid_url"
  | "import_blocked_address"
  | "import_unreachable"
  | "import_too_large"
  | "import_timeout"
  | "import_too_many_redirects"
  | "import_unsupported_type"
  | "import_no_article";

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly isRetryable: boolean;

  constructor(code: ImportErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ImportError";
    this.code = code;
    this.isRetryable = code === "import_unreachable" || code === "import_timeout";
  }
}
