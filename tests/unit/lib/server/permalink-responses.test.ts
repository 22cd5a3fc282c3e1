import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import compression from "next/dist/compiled/compression";
import { afterEach, describe, expect, it } from "vitest";
import { PermalinkResponder, RENDER_TICKET_HEADER } from "@/lib/server/permalink-responses";
import { newNonce } from "@/lib/server/security-headers";

const ID = "hb-7UowhWn3VWrNanjz3Dg";

/**
 * The responder in front of a stand-in for Next.js that renders like the permalink page: a
 * fresh nonce per render in the policy and the scripts, the interface language from the
 * cookie, Next.js's own compression, and a report to the responder for the ticket it was given.
 */
function setUp(options: { status?: number; setCookie?: boolean; report?: boolean } = {}) {
  let counter = 1;
  let renders = 0;
  const responder = new PermalinkResponder(async () => counter);
  const compress = compression();
  const server = createServer((request, response) => {
    responder.handle(request, response, () => {
      renders += 1;
      const nonce = newNonce();
      const language = /ui-lang=hi/.test(request.headers.cookie ?? "") ? "hi" : "en";
      const ticket = request.headers[RENDER_TICKET_HEADER];
      if (typeof ticket === "string" && options.report !== false)
        responder.note(ticket, { documentId: ID, counter, language });
      compress(request, response, () => undefined);
      response.statusCode = options.status ?? 200;
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0");
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      if (options.setCookie) response.setHeader("Set-Cookie", "session=1");
      // Streamed in pieces, as Next.js does, and long enough to be compressed.
      response.write(`<html lang="${language}"><script nonce="${nonce}">start()</script>`);
      response.write(`<p>revision ${counter} ${"पाठ ".repeat(400)}</p>`);
      response.end(`<script nonce="${nonce}">done()</script></html>`);
    });
  });
  servers.push(server);
  return {
    server,
    responder,
    renders: () => renders,
    bump: () => (counter += 1),
  };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0))
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function get(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Answer> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ port, path, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: body.toString(),
        });
      });
    });
    sent.on("error", reject);
    sent.end();
  });
}

function nonceOf(answer: Answer): string | undefined {
  return /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1];
}

/** Every nonce the page's scripts carry. */
function pageNonces(answer: Answer): string[] {
  return [...answer.body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("the permalink's response cache in front of the renderer", () => {
  it("answers a repeat without rendering, with a fresh nonce in the policy and every script", async () => {
    const { server, renders } = setUp();
    const first = await get(server, `/d/${ID}`);
    const second = await get(server, `/d/${ID}`);
    const third = await get(server, `/d/${ID}`);
    expect(renders()).toBe(1);
    const nonces = [first, second, third].map(nonceOf);
    expect(new Set(nonces).size).toBe(3);
    for (const answer of [second, third]) {
      expect(answer.status).toBe(200);
      expect(pageNonces(answer)).toEqual([nonceOf(answer), nonceOf(answer)]);
      expect(answer.body.replaceAll(nonceOf(answer) ?? "", "N")).toBe(
        first.body.replaceAll(nonceOf(first) ?? "", "N"),
      );
      // The same headers, in the same order and spelling, apart from the nonce and framing.
      const names = (headers: Answer["headers"]) =>
        Object.keys(headers).filter(
          (name) => !["date", "content-length", "transfer-encoding"].includes(name),
        );
      expect(names(answer.headers)).toEqual(names(first.headers));
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["cache-control"]).toBe(first.headers["cache-control"]);
      expect(answer.headers["content-type"]).toBe(first.headers["content-type"]);
    }
  });

  it("renders again as soon as the store's counter moves", async () => {
    const { server, renders, bump } = setUp();
    await get(server, `/d/${ID}`);
    expect((await get(server, `/d/${ID}`)).body).toContain("revision 1");
    bump();
    const after = await get(server, `/d/${ID}`);
    expect(after.body).toContain("revision 2");
    expect(renders()).toBe(2);
  });

  it("keeps a page per interface language", async () => {
    const { server, renders } = setUp();
    await get(server, `/d/${ID}`, { cookie: "ui-lang=hi" });
    await get(server, `/d/${ID}`, { "accept-language": "en-GB,en;q=0.9" });
    expect((await get(server, `/d/${ID}`, { cookie: "a=1; ui-lang=hi" })).body).toContain(
      'lang="hi"',
    );
    expect((await get(server, `/d/${ID}`)).body).toContain('lang="en"');
    // Hindi by Accept-Language alone is the Hindi page too.
    expect((await get(server, `/d/${ID}`, { "accept-language": "hi-IN" })).body).toContain(
      'lang="hi"',
    );
    expect(renders()).toBe(2);
  });

  it("compresses a cached page for a client that accepts it, as Next.js would", async () => {
    const { server, renders } = setUp();
    const first = await get(server, `/d/${ID}`, { "accept-encoding": "gzip" });
    const second = await get(server, `/d/${ID}`, { "accept-encoding": "gzip" });
    const plain = await get(server, `/d/${ID}`);
    expect(renders()).toBe(1);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(second.headers.vary).toBe(first.headers.vary);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.replaceAll(nonceOf(plain) ?? "", "N")).toBe(
      first.body.replaceAll(nonceOf(first) ?? "", "N"),
    );
  });

  it("leaves other requests to the renderer", async () => {
    const { server, renders } = setUp();
    await get(server, `/d/${ID}`);
    await get(server, `/d/${ID}`);
    expect(renders()).toBe(1);
    await get(server, `/d/${ID}?view=1`);
    await get(server, `/d/${ID}`, { rsc: "1" });
    await get(server, `/d/${ID}`, { "next-router-prefetch": "1" });
    await get(server, `/d/${ID}`, { "user-agent": "Slackbot-LinkExpanding 1.0" });
    await get(server, `/d/${ID}`, {}, "HEAD");
    await get(server, `/d/not-a-document-id`);
    expect(renders()).toBe(7);
  });

  it("keeps no page the renderer did not report, nor a 404, nor one setting a cookie", async () => {
    for (const options of [{ report: false }, { status: 404 }, { setCookie: true }]) {
      const { server, renders, responder } = setUp(options);
      await get(server, `/d/${ID}`);
      await get(server, `/d/${ID}`);
      expect(renders()).toBe(2);
      expect(responder.cache.size).toBe(0);
    }
  });

  it("ignores a ticket the client made up", async () => {
    const { server, renders, responder } = setUp();
    responder.note("made-up", { documentId: ID, counter: 1, language: "en" });
    await get(server, `/d/${ID}`, { [RENDER_TICKET_HEADER]: "made-up" });
    await get(server, `/d/${ID}`);
    // The first request still got a ticket of the responder's own, so the second is cached.
    expect(renders()).toBe(1);
  });

  it("renders when the store cannot give its counter", async () => {
    let renders = 0;
    const responder = new PermalinkResponder(() => Promise.reject(new Error("down")));
    const server = createServer((request, response) =>
      responder.handle(request, response, () => {
        renders += 1;
        response.end("<p>unavailable</p>");
      }),
    );
    servers.push(server);
    expect((await get(server, `/d/${ID}`)).body).toBe("<p>unavailable</p>");
    await get(server, `/d/${ID}`);
    expect(renders).toBe(2);
  });
});
