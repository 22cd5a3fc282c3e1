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
