import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonBody, wellFormed } from "@/lib/server/read-json";

describe("wellFormed", () => {
  it("replaces NUL and lone surrogates one for one, keeping lengths and pairs", () => {
    const input = "a\u0000b\uD800c\uDC00d😀";
    const output = wellFormed(input) as string;
    expect(output).toBe("a\uFFFDb\uFFFDc\uFFFDd😀");
    expect(output).toHaveLength(input.length);
    expect(wellFormed({ list: ["\u0000", 1, null, { deep: "\uDBFF" }] })).toEqual({
      list: ["\uFFFD", 1, null, { deep: "\uFFFD" }],
    });
  });

  it("applies to every JSON body the API reads", async () => {
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x\u0000y\uD83D" }),
    });
    expect(await readJsonBody(request, z.object({ text: z.string() }), 1_000)).toEqual({
      text: "x\uFFFDy\uFFFD",
    });
  });
});
