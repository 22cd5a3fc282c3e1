import "server-only";

import { z } from "zod";
import { isLocalModelId } from "@/lib/translation/engines/local/local-engine";

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

/** A setting that is unset when empty or blank, trimmed otherwise. */
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const modelList = (name: string, valid: (model: string) => boolean) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const models = (value ?? "")
        .split(",")
        .map((model) => model.trim())
        .filter((model) => model !== "");
      const bad = models.find((model) => !valid(model));
      if (bad !== undefined) {
        context.addIssue({
          code: "custom",
          message: `${name} must be a comma-separated list of model ids (never a file path), got "${bad}".`,
        });
        return z.NEVER;
      }
      return models;
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
  // One article may span many translate requests (the reader splits it); these cap the whole.
  MAX_ARTICLE_CHARACTERS: integer("MAX_ARTICLE_CHARACTERS", 1_000_000, 1_000, 50_000_000),
  MAX_ARTICLE_PARAGRAPHS: integer("MAX_ARTICLE_PARAGRAPHS", 50_000, 1, 1_000_000),
  TRANSLATION_CACHE_MB: integer("TRANSLATION_CACHE_MB", 32, 0, 16_384),
  TRANSLATION_TIMEOUT_MS: integer("TRANSLATION_TIMEOUT_MS", 30_000, 100, 600_000),
  TRANSLATION_MAX_RETRIES: integer("TRANSLATION_MAX_RETRIES", 3, 0, 10),
  RATE_LIMIT_PER_MINUTE: integer("RATE_LIMIT_PER_MINUTE", 600, 0, 1_000_000),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. The client's address
   * is the entry the outermost of them appended. `true` means one, `false` none.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return 0;
      if (/^(true|yes|on)$/i.test(value.trim())) return 1;
      if (/^(false|no|off)$/i.test(value.trim())) return 0;
      const hops = Number(value);
      if (Number.isInteger(hops) && hops >= 0 && hops <= 10) return hops;
      context.addIssue({
        code: "custom",
        message: `TRUST_PROXY must be the number of proxies in front of the app (0 to 10), or true/false, got "${value}".`,
      });
      return z.NEVER;
    }),
  /**
   * Whose corrections a translation uses. `document`: each document's own; other documents'
   * corrections are only offered as suggestions. `instance`: every correction applies
   * everywhere, for an instance whose users are trusted.
   */
  MEMORY_SCOPE: z
    .string()
    .optional()
    .transform((value) =>
      value === undefined || value.trim() === "" ? "document" : value.trim().toLowerCase(),
    )
    .pipe(
      z.enum(["document", "instance"], { message: "MEMORY_SCOPE must be document or instance." }),
    ),
  /** Extra on-device models a request may name as local:<id> (comma-separated). */
  LOCAL_MODELS: modelList("LOCAL_MODELS", isLocalModelId),
  /** Extra models of the OpenAI-compatible server a request may name as openai:<model>. */
  OPENAI_MODELS: modelList("OPENAI_MODELS", (model) => /^[^\s,]{1,200}$/.test(model)),
  /** CPU-heavy requests (large gloss, article extraction) run at once; more wait or get 503. */
  HEAVY_WORK_CONCURRENCY: integer("HEAVY_WORK_CONCURRENCY", 2, 1, 64),
  DATA_DIR: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? ".data" : value.trim())),
  DATABASE_URL: optionalText().pipe(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        "DATABASE_URL must be a postgres:// or postgresql:// connection string.",
      )
      .optional(),
  ),
  /**
   * Redis for state several instances share: the rate limit's budget, the hot translation
   * cache and engine probe results. Unset: all of it stays in this process.
   */
  REDIS_URL: optionalText().pipe(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, "REDIS_URL must be a redis:// or rediss:// connection string.")
      .optional(),
  ),
  /** Prefix of every key the app writes to Redis, so several apps can share one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .optional()
    .transform((value) =>
      value === undefined || value.trim() === "" ? "dvibhashi:" : value.trim(),
    )
    .pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9:._-]{1,100}$/,
          "REDIS_KEY_PREFIX may hold letters, digits and : . _ - (at most 100).",
        ),
    ),
  /** How long a translation stays in Redis after it was last written. */
  REDIS_CACHE_TTL_SECONDS: integer("REDIS_CACHE_TTL_SECONDS", 86_400, 60, 2_592_000),
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
  ON_DEVICE_MODEL_DIR: optionalText(),
  ON_DEVICE_MODEL_URL: optionalText().pipe(
    z
      .string()
      .regex(
        /^(https?:\/\/\S+|\/\S*)$/,
        "ON_DEVICE_MODEL_URL must be an http(s) address or a path starting with /.",
      )
      .optional(),
  ),
  /**
   * The operator's glossary of fixed renderings, applied to every translation on the server:
   * a JSON or tab-separated file (see lib/glossary/glossary.ts and the README).
   */
  GLOSSARY_FILE: optionalText(),
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
