import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("has working defaults with nothing set", () => {
    expect(parseEnv({})).toMatchObject({
      DEFAULT_ENGINE: "auto",
      MAX_INPUT_CHARACTERS: 100_000,
      RATE_LIMIT_PER_MINUTE: 600,
    });
  });

  it("reads values", () => {
    expect(
      parseEnv({
        MAX_INPUT_CHARACTERS: "5000",
        TRUST_PROXY: "yes",
        DEFAULT_ENGINE: "openai:qwen2.5",
      }),
    ).toMatchObject({
      MAX_INPUT_CHARACTERS: 5000,
      TRUST_PROXY: 1,
      DEFAULT_ENGINE: "openai:qwen2.5",
    });
  });

  it("reads the proxy hop count, the memory scope and the model allow-lists", () => {
    expect(parseEnv({})).toMatchObject({
      TRUST_PROXY: 0,
      MEMORY_SCOPE: "document",
      LOCAL_MODELS: [],
      OPENAI_MODELS: [],
    });
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ MEMORY_SCOPE: "instance" }).MEMORY_SCOPE).toBe("instance");
    expect(
      parseEnv({ LOCAL_MODELS: " Xenova/opus-mt-hi-en , nllb ", OPENAI_MODELS: "qwen2.5:7b" }),
    ).toMatchObject({
      LOCAL_MODELS: ["Xenova/opus-mt-hi-en", "nllb"],
      OPENAI_MODELS: ["qwen2.5:7b"],
    });
  });

  it("stores in .data on SQLite by default, and on PostgreSQL given a postgres URL", () => {
    expect(parseEnv({})).toMatchObject({
      DATA_DIR: ".data",
      IMPORT_ALLOW_LOOPBACK: false,
    });
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgresql://app@db:5432/news" }).DATABASE_URL).toBe(
      "postgresql://app@db:5432/news",
    );
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/news" })).toThrow(/DATABASE_URL/);
  });

  it("takes Redis settings, with everything in-process when REDIS_URL is unset", () => {
    const unset = parseEnv({});
    expect(unset.REDIS_URL).toBeUndefined();
    expect(unset.REDIS_KEY_PREFIX).toBe("dvibhashi:");
    expect(unset.REDIS_CACHE_TTL_SECONDS).toBe(86_400);
    const set = parseEnv({
      REDIS_URL: " redis://cache:6379/2 ",
      REDIS_KEY_PREFIX: "news-prod:",
      REDIS_CACHE_TTL_SECONDS: "3600",
    });
    expect(set).toMatchObject({
      REDIS_URL: "redis://cache:6379/2",
      REDIS_KEY_PREFIX: "news-prod:",
      REDIS_CACHE_TTL_SECONDS: 3_600,
    });
    expect(parseEnv({ REDIS_URL: "rediss://user:secret@cache:6380" }).REDIS_URL).toBe(
      "rediss://user:secret@cache:6380",
    );
    expect(() => parseEnv({ REDIS_URL: "http://cache:6379" })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ REDIS_KEY_PREFIX: "has space" })).toThrow(/REDIS_KEY_PREFIX/);
    expect(() => parseEnv({ REDIS_CACHE_TTL_SECONDS: "5" })).toThrow(/REDIS_CACHE_TTL_SECONDS/);
  });

  it("names the variable when a value is bad", () => {
    expect(() => parseEnv({ MAX_INPUT_CHARACTERS: "lots" })).toThrow(/MAX_INPUT_CHARACTERS/);
    expect(() => parseEnv({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "11" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ MEMORY_SCOPE: "everyone" })).toThrow(/MEMORY_SCOPE/);
    expect(() => parseEnv({ LOCAL_MODELS: "Xenova/opus-mt-hi-en,../../../../etc/passwd" })).toThrow(
      /LOCAL_MODELS.*never a file path/,
    );
    expect(() => parseEnv({ LOCAL_MODELS: "/etc/passwd" })).toThrow(/LOCAL_MODELS/);
    expect(() => parseEnv({ HEAVY_WORK_CONCURRENCY: "0" })).toThrow(/HEAVY_WORK_CONCURRENCY/);
    try {
      parseEnv({ TRANSLATION_TIMEOUT_MS: "-5", DEFAULT_ENGINE: "Bad Engine" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).variables.sort()).toEqual([
        "DEFAULT_ENGINE",
        "TRANSLATION_TIMEOUT_MS",
      ]);
    }
  });
});
