import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("proxy matcher", () => {
  it("skips exactly POST /api/translate, whatever its query", () => {
    expect(runsFor("/api/translate")).toBe(false);
    expect(runsFor("/api/translate?engine=gloss")).toBe(false);
  });

  it("still runs for the other API routes, paths under /api/translate and look-alikes", () => {
    for (const url of [
      "/api/translate/more",
      "/api/translate/",
      "/api/translates",
      "/api/translate%ff",
      "/api/summarize",
      "/api/documents",
      "/api/engines",
    ])
      expect(runsFor(url), url).toBe(true);
  });

  it("still runs for pages and skips static build files as before", () => {
    expect(runsFor("/")).toBe(true);
    expect(runsFor("/d/abc")).toBe(true);
    expect(runsFor("/_next/static/chunks/main.js")).toBe(false);
    expect(runsFor("/on-device/worker.js")).toBe(false);
  });
});
