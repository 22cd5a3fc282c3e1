import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, PEER_TOKEN_HEADER } from "@/lib/server/peer-address";
import { addressKey, clientKey, RateLimiter } from "@/lib/server/rate-limit";

const request = (headers: Record<string, string>) =>
  new Request("http://app.test/api/translate", { headers });

describe("clientKey", () => {
  it("takes the address the trusted proxy appended, not what the client wrote", () => {
    // The client wrote the first two entries itself; the one proxy appended the last.
    const forwarded = { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" };
    expect(clientKey(request(forwarded), 1)).toBe("203.0.113.7");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientKey(request(forwarded), 2)).toBe("2.2.2.2");
  });

  it("cannot be changed by rotating the client-written part of X-Forwarded-For", () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, index) =>
        clientKey(request({ "x-forwarded-for": `10.0.0.${index}, 198.51.100.4` }), 1),
      ),
    );
    expect([...keys]).toEqual(["198.51.100.4"]);
  });

  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientKey(request({ "x-forwarded-for": "9.9.9.9" }), 0)).toBe("unknown");
  });

  it("uses the connection address only when the custom server vouches for it", () => {
    const token = "t".repeat(48);
    process.env.DVIBHASHI_PEER_TOKEN = token;
    try {
      expect(
        clientKey(request({ [PEER_ADDRESS_HEADER]: "192.0.2.5", [PEER_TOKEN_HEADER]: token }), 0),
      ).toBe("192.0.2.5");
      // A client writing the header itself does not know the secret.
      expect(
        clientKey(request({ [PEER_ADDRESS_HEADER]: "192.0.2.5", [PEER_TOKEN_HEADER]: "guess" }), 0),
      ).toBe("unknown");
    } finally {
      delete process.env.DVIBHASHI_PEER_TOKEN;
    }
  });
});

describe("addressKey", () => {
  it("keys IPv4 as is and IPv6 by its /64", () => {
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("[2001:db8:1:2::9]:443")).toBe("2001:db8:1:2::/64");
  });
});

describe("RateLimiter", () => {
  it("answers rate_limited with Retry-After past the budget, per client", async () => {
    const limiter = new RateLimiter(3);
    for (let index = 0; index < 3; index += 1) await limiter.check("a");
    const error = await limiter.check("a").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect(
      Number((error as { headers: Record<string, string> }).headers["Retry-After"]),
    ).toBeGreaterThan(0);
    // Another client still has its whole budget.
    await expect(limiter.check("b")).resolves.toBeUndefined();
  });

  it("is off at 0", async () => {
    const limiter = new RateLimiter(0);
    for (let index = 0; index < 100; index += 1) await limiter.check("a");
  });
});
