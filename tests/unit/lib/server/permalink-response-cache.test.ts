import { describe, expect, it } from "vitest";
import {
  cutAtNonce,
  PermalinkResponseCache,
  withNonce,
  type KeptResponse,
} from "@/lib/server/permalink-response-cache";

const ID = "AAAAAAAAAAAAAAAAAAAAAA";
const OTHER = "BBBBBBBBBBBBBBBBBBBBBB";

function kept(html: string, nonce = "n0nce+/="): KeptResponse {
  const policy = `script-src 'nonce-${nonce}'`;
  return {
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["content-security-policy", ""],
    ],
    policyParts: policy.split(nonce),
    bodyParts: cutAtNonce(Buffer.from(html), nonce),
  };
}

describe("cutting a page at its nonce and sewing a new one in", () => {
  it("puts the new nonce in every place of the old one, in the page and the policy", () => {
    const response = kept(
      `<script nonce="n0nce+/=">a</script><p>ह</p><script nonce="n0nce+/=">b</script>`,
    );
    expect(response.bodyParts).toHaveLength(3);
    const { body, policy } = withNonce(response, "fresh==");
    expect(body.toString()).toBe(
      `<script nonce="fresh==">a</script><p>ह</p><script nonce="fresh==">b</script>`,
    );
    expect(policy).toBe("script-src 'nonce-fresh=='");
  });

  it("leaves a text without the nonce in one part", () => {
    expect(cutAtNonce(Buffer.from("<p>no script</p>"), "abc")).toHaveLength(1);
  });
});

describe("the permalink's response cache", () => {
  it("answers only for the counter the page was rendered at, and drops an older one", () => {
    const cache = new PermalinkResponseCache();
    cache.set(ID, "en", 7, kept("<p>seven</p><i>n0nce+/=</i>"));
    expect(cache.get(ID, "en", 7)).toBeDefined();
    // A correction bumped the counter: the kept page is not served, and is gone for good.
    expect(cache.get(ID, "en", 8)).toBeUndefined();
    expect(cache.get(ID, "en", 7)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.heldBytes).toBe(0);
  });

  it("keeps each interface language and document apart", () => {
    const cache = new PermalinkResponseCache();
    cache.set(ID, "en", 1, kept("<p>English</p>n0nce+/="));
    cache.set(ID, "hi", 1, kept("<p>हिन्दी</p>n0nce+/="));
    cache.set(OTHER, "en", 1, kept("<p>other</p>n0nce+/="));
    const text = (language: string, id = ID) =>
      Buffer.concat(cache.get(id, language, 1)?.bodyParts ?? []).toString();
    expect(text("en")).toBe("<p>English</p>");
    expect(text("hi")).toBe("<p>हिन्दी</p>");
    expect(text("en", OTHER)).toBe("<p>other</p>");
  });

  it("does not let a render at an older counter replace a newer page", () => {
    const cache = new PermalinkResponseCache();
    cache.set(ID, "en", 5, kept("<p>newer</p>n0nce+/="));
    cache.set(ID, "en", 4, kept("<p>older</p>n0nce+/="));
    expect(Buffer.concat(cache.get(ID, "en", 5)?.bodyParts ?? []).toString()).toBe("<p>newer</p>");
  });

  it("stays within its byte budget, dropping the least recently served first", () => {
    // About 2.7 kB each: four fit in 12 kB, a fifth does not.
    const page = (letter: string) => kept(`${letter.repeat(2000)}n0nce+/=`);
    const id = (letter: string) => letter.repeat(22);
    const cache = new PermalinkResponseCache(12_000);
    for (const letter of ["A", "B", "C", "D"]) cache.set(id(letter), "en", 1, page(letter));
    expect(cache.size).toBe(4);
    // A is served, so B is now the least recently used.
    expect(cache.get(id("A"), "en", 1)).toBeDefined();
    cache.set(id("E"), "en", 1, page("e"));
    expect(cache.heldBytes).toBeLessThanOrEqual(12_000);
    expect(cache.get(id("B"), "en", 1)).toBeUndefined();
    for (const letter of ["A", "C", "D", "E"]) expect(cache.get(id(letter), "en", 1)).toBeDefined();
  });

  it("does not keep a page larger than a quarter of the budget", () => {
    const cache = new PermalinkResponseCache(10_000);
    cache.set(ID, "en", 1, kept(`${"x".repeat(4000)}n0nce+/=`));
    expect(cache.size).toBe(0);
    expect(cache.heldBytes).toBe(0);
  });
});
