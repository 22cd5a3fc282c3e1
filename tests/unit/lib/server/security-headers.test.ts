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
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    // WebAssembly compilation (the on-device translator) is allowed; JavaScript eval is not.
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
  });

  it("lets the page fetch the on-device translator's files from their configured origin only", () => {
    expect(modelOrigins({})).toEqual(["https://media.githubusercontent.com"]);
    expect(modelOrigins({ ON_DEVICE_MODEL_URL: "https://models.example.org/hi-en/" })).toEqual([
      "https://models.example.org",
    ]);
    expect(modelOrigins({ ON_DEVICE_MODEL_URL: "/models" })).toEqual([]);
    expect(modelOrigins({ ON_DEVICE_MODEL_DIR: "/srv/models" })).toEqual([]);
    expect(contentSecurityPolicy("n", false, ["https://a.example"])).toContain(
      "connect-src 'self' https://a.example",
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
