import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  hasMalformedEscape,
  modelOrigins,
  newNonce,
} from "@/lib/server/security-headers";

describe("security headers", () => {
  it("allows scripts only with the response's nonce, and no eval in production", () => {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce, false);
    expect(policy).toContain(
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'`,
    );
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
  });

  it("lets the browser fetch on-device model files only from their configured origin", () => {
    expect(modelOrigins(undefined)).toEqual(["https://media.githubusercontent.com"]);
    expect(modelOrigins("https://models.example.test/bergamot/")).toEqual([
      "https://models.example.test",
    ]);
    expect(modelOrigins("/models")).toEqual([]);
    expect(contentSecurityPolicy("n", false, ["https://models.example.test"])).toContain(
      "connect-src 'self' https://models.example.test",
    );
  });

  it("draws a different nonce each time", () => {
    expect(new Set(Array.from({ length: 100 }, newNonce)).size).toBe(100);
  });

  it("recognises percent escapes that do not decode", () => {
    for (const path of ["/d/%ff", "/d/%00%ff", "/d/%C0%AF", "/d/%ED%A0%80", "/d/%", "/d/%zz"])
      expect(hasMalformedEscape(path), path).toBe(true);
    for (const path of ["/d/abc", "/d/%00", "/d/%E0%A4%85", "/api/documents/x%20y"])
      expect(hasMalformedEscape(path), path).toBe(false);
  });
});
