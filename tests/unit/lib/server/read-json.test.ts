import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, errorResponse } from "@/lib/server/api-error";
import { readBodyBytes, readJsonBody, wellFormed } from "@/lib/server/read-json";

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

describe("a body the client stops sending", () => {
  /** A request whose body delivers part of the JSON, then fails as Node's does on a reset. */
  function cutOffRequest(): Request {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text":"नमस्'));
      },
      pull(controller) {
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    return new Request("http://localhost/api/translate", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "40" },
      body,
      duplex: "half",
    } as RequestInit);
  }

  it("is a typed request_aborted error (400), not an unhandled server error", async () => {
    const error = await readJsonBody(cutOffRequest(), z.object({ text: z.string() }), 1_000).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("request_aborted");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = errorResponse(error);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        "request_aborted",
      );
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("reads the same way through readBodyBytes, which the import route uses", async () => {
    await expect(
      readBodyBytes(cutOffRequest(), 1_000, () => new Error("too large")),
    ).rejects.toMatchObject({ code: "request_aborted" });
  });
});
