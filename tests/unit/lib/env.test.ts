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
      TRUST_PROXY: true,
      DEFAULT_ENGINE: "openai:qwen2.5",
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

  it("names the variable when a value is bad", () => {
    expect(() => parseEnv({ MAX_INPUT_CHARACTERS: "lots" })).toThrow(/MAX_INPUT_CHARACTERS/);
    expect(() => parseEnv({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY/);
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
