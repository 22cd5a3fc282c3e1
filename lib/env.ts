import "server-only";

import { z } from "zod";

const integer = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        context.addIssue({
          code: "custom",
          message: `${name} must be a whole number from ${min} to ${max}, got "${value}".`,
        });
        return z.NEVER;
      }
      return parsed;
    });

const boolean = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return fallback;
      if (/^(1|true|yes|on)$/i.test(value)) return true;
      if (/^(0|false|no|off)$/i.test(value)) return false;
      context.addIssue({
        code: "custom",
        message: `${name} must be true or false, got "${value}".`,
      });
      return z.NEVER;
    });

const envSchema = z.object({
  DEFAULT_ENGINE: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? "auto" : value.trim()))
    .pipe(
      z
        .string()
        .regex(
          /^[a-z][a-z0-9-]*(:[^\s]+)?$/,
          "DEFAULT_ENGINE must look like engine or engine:model.",
        ),
    ),
  MAX_INPUT_CHARACTERS: integer("MAX_INPUT_CHARACTERS", 100_000, 1_000, 10_000_000),
  MAX_PARAGRAPHS: integer("MAX_PARAGRAPHS", 5_000, 1, 100_000),
  TRANSLATION_CACHE_MB: integer("TRANSLATION_CACHE_MB", 32, 0, 16_384),
  TRANSLATION_TIMEOUT_MS: integer("TRANSLATION_TIMEOUT_MS", 30_000, 100, 600_000),
  TRANSLATION_MAX_RETRIES: integer("TRANSLATION_MAX_RETRIES", 3, 0, 10),
  RATE_LIMIT_PER_MINUTE: integer("RATE_LIMIT_PER_MINUTE", 600, 0, 1_000_000),
  TRUST_PROXY: boolean("TRUST_PROXY", false),
  DATA_DIR: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? ".data" : value.trim())),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .pipe(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/\S+$/,
          "DATABASE_URL must be a postgres:// or postgresql:// connection string.",
        )
        .optional(),
    ),
  /**
   * Lets URL import fetch from loopback addresses. For tests against fixture servers on
   * 127.0.0.1 only; private, link-local and metadata addresses stay refused even then.
   */
  IMPORT_ALLOW_LOOPBACK: boolean("IMPORT_ALLOW_LOOPBACK", false),
  /**
   * The on-device translator's files, served from this app's own origin: a folder on the server
   * (served at /api/engines/on-device/files/…) or a base URL (absolute, or a path such as
   * /models). Unset: the browser fetches Mozilla's files from GitHub.
   */
  ON_DEVICE_MODEL_DIR: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim())),
  ON_DEVICE_MODEL_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .pipe(
      z
        .string()
        .regex(
          /^(https?:\/\/\S+|\/\S*)$/,
          "ON_DEVICE_MODEL_URL must be an http(s) address or a path starting with /.",
        )
        .optional(),
    ),
  SUMMARY_METHOD: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? "auto" : value.trim()))
    .pipe(
      z.enum(["auto", "extractive", "llm"], {
        message: "SUMMARY_METHOD must be auto, extractive or llm.",
      }),
    ),
});

export type AppEnv = z.output<typeof envSchema>;

/** Raised for a bad configuration value; the message names the variable. */
export class EnvError extends Error {
  readonly variables: string[];

  constructor(messages: string[], variables: string[]) {
    super(`Invalid configuration:\n${messages.map((message) => `  - ${message}`).join("\n")}`);
    this.name = "EnvError";
    this.variables = variables;
  }
}

/** Validates configuration from an environment object. Throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const variables = result.error.issues.map((issue) => String(issue.path[0] ?? "unknown"));
  const messages = result.error.issues.map((issue) =>
    issue.message.includes(String(issue.path[0]))
      ? issue.message
      : `${String(issue.path[0])}: ${issue.message}`,
  );
  throw new EnvError(messages, variables);
}

let cached: AppEnv | undefined;

/** The validated configuration of this process, read once. */
export function getEnv(): AppEnv {
  cached ??= parseEnv();
  return cached;
}
