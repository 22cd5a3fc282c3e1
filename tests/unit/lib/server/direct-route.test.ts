import { createRequire } from "node:module";
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
} from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  chooseEncoding,
  DIRECT_ROUTE,
  installDirectRoute,
  installedDirectRoute,
  NEXT_ROUTE_VARY,
  type RouteHandler,
} from "@/lib/server/direct-route";
import { APP_RESPONSE_HEADERS } from "@/lib/server/security-headers";

/** A Node server that hands what the installed route takes to it, and answers 404 otherwise. */
async function serverWith(handler: RouteHandler): Promise<{ server: Server; url: string }> {
  installDirectRoute(handler);
  const server = createServer((request, response) => {
    const route = installedDirectRoute();
    if (route?.takes(request)) void route.serve(request, response);
    else {
      response.statusCode = 404;
      response.end("next");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

interface Reply {
  message: IncomingMessage;
  body: Buffer;
}

function send(
  url: string,
  options: { path?: string; headers?: Record<string, string>; body?: string; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${url}${options.path ?? "/api/translate"}`,
      { method: "POST", headers: options.headers, agent: options.agent },
      (message) => {
        const chunks: Buffer[] = [];
        message.on("data", (chunk: Buffer) => chunks.push(chunk));
        message.on("end", () => resolve({ message, body: Buffer.concat(chunks) }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

let running: Server | undefined;
afterEach(async () => {
  running?.closeAllConnections();
  await new Promise<void>((resolve) => (running ? running.close(() => resolve()) : resolve()));
  running = undefined;
  delete (globalThis as { [DIRECT_ROUTE]?: unknown })[DIRECT_ROUTE];
});

describe("installDirectRoute", () => {
  it("keeps the handler under the shared symbol server.mjs reads, the latest install winning", () => {
    const first: RouteHandler = async () => new Response("first");
    const second: RouteHandler = async () => new Response("second");
    installDirectRoute(first);
    installDirectRoute(second);
    const holder = globalThis as { [key: symbol]: { handler?: RouteHandler } | undefined };
    expect(holder[Symbol.for("dvibhashi.translate-route")]?.handler).toBe(second);
  });

  it("takes exactly POST /api/translate and leaves every variation to Next", () => {
    const route = installDirectRoute(async () => new Response(null));
    const takes = (method: string, url: string) => route.takes({ method, url } as IncomingMessage);
    expect(takes("POST", "/api/translate")).toBe(true);
    for (const [method, url] of [
      ["GET", "/api/translate"],
      ["OPTIONS", "/api/translate"],
      ["POST", "/api/translate?engine=gloss"],
      ["POST", "/api/translate/"],
      ["POST", "/api/translate/more"],
      ["POST", "/api/transl%61te"],
      ["POST", "/API/translate"],
      ["POST", "/api/summarize"],
    ] as const)
      expect(takes(method, url), `${method} ${url}`).toBe(false);
  });
});

describe("the direct route", () => {
  it("gives the handler the request's method, headers and body, and writes its answer with the app's headers", async () => {
    let seen: { method: string; url: string; peer: string | null; body: unknown } | undefined;
    const { server, url } = await serverWith(async (request) => {
      seen = {
        method: request.method,
        url: new URL(request.url).pathname,
        peer: request.headers.get("x-dvibhashi-peer-address"),
        body: await request.json(),
      };
      return Response.json(
        { error: { code: "rate_limited", message: "Slow down." } },
        { status: 429, headers: { "Retry-After": "7", "Cache-Control": "no-store" } },
      );
    });
    running = server;
    const reply = await send(url, {
      headers: { "content-type": "application/json", "x-dvibhashi-peer-address": "10.0.0.1" },
      body: JSON.stringify({ text: "नमस्ते" }),
    });
    expect(seen).toEqual({
      method: "POST",
      url: "/api/translate",
      peer: "10.0.0.1",
      body: { text: "नमस्ते" },
    });
    expect(reply.message.statusCode).toBe(429);
    for (const { key, value } of APP_RESPONSE_HEADERS)
      expect(reply.message.headers[key.toLowerCase()]).toBe(value);
    expect(reply.message.headers.vary).toBe(`${NEXT_ROUTE_VARY}, Accept-Encoding`);
    expect(reply.message.headers["retry-after"]).toBe("7");
    expect(reply.message.headers["cache-control"]).toBe("no-store");
    expect(reply.message.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(reply.body.toString())).toEqual({
      error: { code: "rate_limited", message: "Slow down." },
    });
  });

  it("leaves other requests to the server's fallback", async () => {
    const { server, url } = await serverWith(async () => new Response("direct"));
    running = server;
    const reply = await send(url, { path: "/api/translate?x=1" });
    expect(reply.message.statusCode).toBe(404);
    expect(reply.body.toString()).toBe("next");
  });

  it("streams the body as the handler writes it, uncompressed for NDJSON", async () => {
    let sendSecond: () => void = () => undefined;
    const second = new Promise<void>((resolve) => (sendSecond = resolve));
    const encoder = new TextEncoder();
    const { server, url } = await serverWith(
      async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              controller.enqueue(encoder.encode('{"index":0}\n'));
              await second;
              controller.enqueue(encoder.encode('{"done":true}\n'));
              controller.close();
            },
          }),
          { headers: { "Content-Type": "application/x-ndjson; charset=utf-8" } },
        ),
    );
    running = server;
    const lines: string[] = [];
    const finished = new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = httpRequest(
        `${url}/api/translate`,
        { method: "POST", headers: { "accept-encoding": "gzip" } },
        (message) => {
          message.setEncoding("utf8");
          message.on("data", (chunk: string) => {
            lines.push(chunk);
            // The first line reached the client while the handler still held the second.
            if (lines.length === 1) sendSecond();
          });
          message.on("end", () => resolve(message));
        },
      );
      outgoing.on("error", reject);
      outgoing.end("{}");
    });
    const message = await finished;
    expect(lines).toEqual(['{"index":0}\n', '{"done":true}\n']);
    expect(message.headers["content-encoding"]).toBeUndefined();
    expect(message.headers.vary).toBe(NEXT_ROUTE_VARY);
  });

  it("compresses a JSON answer as Next would when the client accepts gzip", async () => {
    const { server, url } = await serverWith(async () => Response.json({ paragraphs: [1, 2, 3] }));
    running = server;
    const reply = await send(url, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(reply.message.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(reply.body).toString())).toEqual({ paragraphs: [1, 2, 3] });
  });

  it("aborts the handler's request and cancels its body when the client goes away", async () => {
    let aborted: () => void = () => undefined;
    const sawAbort = new Promise<void>((resolve) => (aborted = resolve));
    let cancelled: () => void = () => undefined;
    const sawCancel = new Promise<void>((resolve) => (cancelled = resolve));
    const { server, url } = await serverWith(async (request) => {
      request.signal.addEventListener("abort", () => aborted(), { once: true });
      return new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode("first\n"));
          },
          cancel() {
            cancelled();
          },
        }),
        { headers: { "Content-Type": "application/x-ndjson" } },
      );
    });
    running = server;
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest(`${url}/api/translate`, { method: "POST" }, (message) => {
        // Once the first bytes are here, the client hangs up mid-answer.
        message.once("data", () => {
          outgoing.destroy();
          resolve();
        });
      });
      outgoing.on("error", () => undefined);
      outgoing.on("close", () => resolve());
      outgoing.end();
    });
    await Promise.all([sawAbort, sawCancel]);
  });

  it("still answers when the handler stops reading a body over its limit", async () => {
    const { server, url } = await serverWith(async (request) => {
      const reader = request.body?.getReader();
      await reader?.read();
      // Refused after the first chunk, as readJsonBody does past its byte limit.
      await reader?.cancel();
      return Response.json({ error: { code: "payload_too_large" } }, { status: 413 });
    });
    running = server;
    const reply = await send(url, { body: "a".repeat(4_000_000) });
    expect(reply.message.statusCode).toBe(413);
    expect(JSON.parse(reply.body.toString())).toEqual({ error: { code: "payload_too_large" } });
  });

  it("keeps the connection usable when the handler answers without reading the body", async () => {
    const { server, url } = await serverWith(async (request) =>
      // Refused on its declared length alone, as readJsonBody does.
      Number(request.headers.get("content-length")) > 1_000
        ? Response.json({ error: { code: "payload_too_large" } }, { status: 413 })
        : Response.json({ read: await request.text() }),
    );
    running = server;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await send(url, { body: "a".repeat(2_000_000), agent });
      const small = await send(url, { body: "small", agent });
      expect(big.message.statusCode).toBe(413);
      expect(small.message.statusCode).toBe(200);
      expect(JSON.parse(small.body.toString())).toEqual({ read: "small" });
      // Both went over the one kept-alive connection.
      expect(small.message.socket).toBe(big.message.socket);
    } finally {
      agent.destroy();
    }
  });

  it("answers 500 with the app's headers when the handler itself throws", async () => {
    const { server, url } = await serverWith(async () => {
      throw new Error("a bug");
    });
    running = server;
    const original = console.error;
    console.error = () => undefined;
    try {
      const reply = await send(url);
      expect(reply.message.statusCode).toBe(500);
      expect(reply.message.headers["x-content-type-options"]).toBe("nosniff");
    } finally {
      console.error = original;
    }
  });
});

describe("chooseEncoding", () => {
  it("picks what Next's compression picks", () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding("")).toBeUndefined();
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBe("deflate");
    expect(chooseEncoding("gzip;q=0, deflate")).toBe("deflate");
    expect(chooseEncoding("br")).toBeUndefined();
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding("*")).toBe("gzip");
    expect(chooseEncoding("deflate;q=1, gzip;q=0.5")).toBe("deflate");
  });
});

describe("APP_RESPONSE_HEADERS", () => {
  it("are the headers next.config.js adds to every response", async () => {
    const require = createRequire(import.meta.url);
    const config = require("../../../../next.config.js") as {
      headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    };
    const rules = await config.headers();
    expect(rules).toHaveLength(1);
    expect(rules[0]?.source).toBe("/:path*");
    expect(rules[0]?.headers).toEqual(APP_RESPONSE_HEADERS);
  });
});
