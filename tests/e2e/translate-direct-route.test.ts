import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { rawRequest, type RawReply } from "./support/raw-request";

/*
 * `npm start` answers exactly POST /api/translate with the route's handler itself, once Next has
 * loaded the route (lib/server/direct-route.ts); any other request target, such as the same
 * path with a query string, still goes through Next. Each answer below is asked for both ways
 * and must come back the same: status, headers, body.
 */

type Reply = RawReply;

const post = (
  url: string,
  options: { headers?: Record<string, string>; body?: string; localAddress?: string },
) => rawRequest(url, { ...options, method: "POST" });

/** The headers that depend on the moment or the connection, not on the answer. */
const PER_CONNECTION = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

function answerHeaders(reply: Reply): Record<string, string | string[] | undefined> {
  return Object.fromEntries(
    Object.entries(reply.headers).filter(([name]) => !PER_CONNECTION.has(name)),
  );
}

function bodyText(reply: Reply): string {
  return reply.headers["content-encoding"] === "gzip"
    ? gunzipSync(reply.body).toString()
    : reply.body.toString();
}

const json = { "content-type": "application/json" };
const article = JSON.stringify({ paragraphs: ["बारिश हुई।", "लोग खुश हैं।"], engine: "gloss" });

describe("POST /api/translate answered by server.mjs", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "40" });
    // The first request goes through Next, which loads the route module and so installs it.
    await post(`${server.url}/api/translate?load=1`, { headers: json, body: article });
  }, 90_000);
  afterAll(() => server.stop());

  const cases: [string, { headers: Record<string, string>; body: string }][] = [
    ["a whole document as JSON", { headers: json, body: article }],
    [
      "a whole document, gzip accepted",
      { headers: { ...json, "accept-encoding": "gzip, deflate, br" }, body: article },
    ],
    ["a stream of NDJSON", { headers: { ...json, accept: "application/x-ndjson" }, body: article }],
    ["a body that is not JSON", { headers: json, body: "{not json" }],
    ["a body that is not sent as JSON", { headers: { "content-type": "text/plain" }, body: "{}" }],
    ["a request the schema refuses", { headers: json, body: JSON.stringify({ text: 5 }) }],
    ["an unknown engine", { headers: json, body: JSON.stringify({ text: "a", engine: "nope" }) }],
    ["a body over the size limit", { headers: json, body: `"${"a".repeat(2_000_000)}"` }],
  ];

  it.each(cases)("%s: the same status, headers and body as through Next", async (_, request) => {
    const viaNext = await post(`${server.url}/api/translate?via=next`, request);
    const direct = await post(`${server.url}/api/translate`, request);
    expect(direct.status).toBe(viaNext.status);
    expect(answerHeaders(direct)).toEqual(answerHeaders(viaNext));
    expect(bodyText(direct)).toBe(bodyText(viaNext));
    // Security headers from next.config.js are on the direct answer as well.
    expect(direct.headers["x-content-type-options"]).toBe("nosniff");
    expect(direct.headers["x-frame-options"]).toBe("DENY");
  });

  it("answers a bad body with the typed error and a 4xx status", async () => {
    const reply = await post(`${server.url}/api/translate`, { headers: json, body: "{not json" });
    expect(reply.status).toBe(400);
    expect(JSON.parse(bodyText(reply))).toEqual({
      error: { code: "invalid_json", message: expect.any(String) as string },
    });
  });
});

describe("the rate limit on the direct route", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "3" });
  }, 90_000);
  afterAll(() => server.stop());

  it("counts each client's requests and refuses the ones over its budget", async () => {
    const statuses: number[] = [];
    let refused: Reply | undefined;
    for (let index = 0; index < 6; index += 1) {
      const reply = await post(`${server.url}/api/translate`, {
        headers: json,
        body: article,
        localAddress: "127.0.0.5",
      });
      statuses.push(reply.status);
      if (reply.status === 429) refused = reply;
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    expect(
      JSON.parse(bodyText(refused ?? { status: 0, headers: {}, body: Buffer.from("{}") })),
    ).toMatchObject({ error: { code: "rate_limited" } });
    expect(refused?.headers["x-content-type-options"]).toBe("nosniff");
    // Another client still has its own budget.
    const other = await post(`${server.url}/api/translate`, {
      headers: json,
      body: article,
      localAddress: "127.0.0.6",
    });
    expect(other.status).toBe(200);
  });
});
