import "server-only";

import type { IncomingMessage, ServerResponse } from "node:http";
import { createDeflate, createGzip } from "node:zlib";
import { APP_RESPONSE_HEADERS } from "./security-headers";

/*
 * POST /api/translate answered by server.mjs itself, without Next.js's request handling in
 * between. Next's router, its proxy hop and its response plumbing cost a visible part of a
 * translation's first paragraph (the engine's own latency is the rest), and the route needs
 * none of them: it reads only the request, and it does its own rate limit, size limit and
 * typed errors. The route module installs its POST handler here when Next first loads it;
 * until then (and for every other request) server.mjs hands requests to Next as before.
 *
 * What Next adds around a route handler's answer is added here too, so a client sees the same
 * response either way: the app's headers from next.config.js, Next's Vary for app routes, and
 * gzip or deflate for compressible (JSON) answers when the client accepts them.
 */

/** Where the route is kept: the app's bundle and server.mjs share the process, not modules. */
export const DIRECT_ROUTE = Symbol.for("dvibhashi.translate-route");

/** The only request taken directly: Next handles anything else at this path, query included. */
export const DIRECT_ROUTE_METHOD = "POST";
export const DIRECT_ROUTE_PATH = "/api/translate";

/** What Next.js writes in Vary on an app route's response (its client router's headers). */
export const NEXT_ROUTE_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

export type RouteHandler = (request: Request) => Promise<Response>;

export interface DirectRoute {
  /** The route's own POST handler, as Next calls it. */
  handler: RouteHandler;
  /** Whether server.mjs should hand this request here rather than to Next. */
  takes(request: IncomingMessage): boolean;
  /** Answers the request through the handler; never rejects (a failure answers 500). */
  serve(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

type Holder = typeof globalThis & { [DIRECT_ROUTE]?: DirectRoute };

/** Called by the translate route's module when Next loads it; the latest handler wins. */
export function installDirectRoute(handler: RouteHandler): DirectRoute {
  const route: DirectRoute = {
    handler,
    // The raw request target must be exactly the path: a query string, a trailing slash or
    // an escaped letter is left to Next, which normalises it as it always has.
    takes: (request) => request.method === DIRECT_ROUTE_METHOD && request.url === DIRECT_ROUTE_PATH,
    serve: (request, response) => serveDirect(handler, request, response),
  };
  (globalThis as Holder)[DIRECT_ROUTE] = route;
  return route;
}

/** The installed route, if the route module has been loaded in this process. */
export function installedDirectRoute(): DirectRoute | undefined {
  return (globalThis as Holder)[DIRECT_ROUTE];
}

/** The Node request as the web Request a route handler takes, aborted if the client leaves. */
function toWebRequest(
  request: IncomingMessage,
  signal: AbortSignal,
  body: ReturnType<typeof requestBody>,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(request.url ?? "/", requestOrigin(request)), {
    method,
    headers,
    ...(hasBody
      ? {
          body: body.stream,
          // Node's fetch needs this to send a streamed body; the handler reads it as it comes.
          duplex: "half",
        }
      : {}),
    signal,
  } as RequestInit);
}

/**
 * The request's body as a web stream, read only as fast as the handler reads it and not at all
 * until it does. `drop` (the handler cancelling it over its size limit, or the answer finished
 * with the body unread) reads on and discards the rest instead of destroying the socket, so the
 * answer reaches the client and the connection can carry the next request, as through Next.
 */
function requestBody(request: IncomingMessage): {
  stream: ReadableStream<Uint8Array>;
  drop: () => void;
} {
  let open = true;
  let listening = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const onData = (chunk: Buffer) => {
    if (!open || controller === undefined) return;
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((controller.desiredSize ?? 0) <= 0) request.pause();
  };
  const onEnd = () => {
    if (!open) return;
    open = false;
    controller?.close();
  };
  const onError = (error: Error) => {
    if (!open) return;
    open = false;
    controller?.error(error);
  };
  const drop = () => {
    open = false;
    request.removeListener("data", onData);
    if (!request.complete) request.resume();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
      },
      pull() {
        if (!listening) {
          listening = true;
          request.on("data", onData);
          request.once("end", onEnd);
          request.once("error", onError);
        }
        request.resume();
      },
      cancel: drop,
    },
    // No read ahead: nothing is taken off the wire before the handler asks for it.
    { highWaterMark: 0 },
  );
  return { stream, drop };
}

/** The origin a handler sees in request.url: the Host the client named, if it is one. */
function requestOrigin(request: IncomingMessage): string {
  const host = request.headers.host;
  if (host !== undefined) {
    try {
      return new URL(`http://${host}`).origin;
    } catch {
      // Not a host name: the handler never uses the origin, so any valid one will do.
    }
  }
  return "http://localhost";
}

/**
 * The content coding Next's compression would pick for a compressible answer: the accepted
 * one of gzip, deflate and identity with the highest weight, in that order on a tie; identity
 * when the header is missing.
 */
export function chooseEncoding(acceptEncoding: string | undefined): "gzip" | "deflate" | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (coding === "") continue;
    const quality = parameters.find((parameter) => /^q=/i.test(parameter));
    const weight = quality === undefined ? 1 : Number(quality.slice(2));
    weights.set(coding.toLowerCase(), Number.isFinite(weight) ? weight : 0);
  }
  if (weights.size === 0) return undefined;
  const wildcard = weights.get("*");
  // Identity is acceptable unless refused, at the lowest weight the client gave anything.
  const lowest = Math.min(...weights.values());
  const weightOf = (coding: string) =>
    weights.get(coding) ?? wildcard ?? (coding === "identity" ? lowest : 0);
  let best: { coding: string; weight: number } | undefined;
  for (const coding of ["gzip", "deflate", "identity"]) {
    const weight = weightOf(coding);
    if (weight > 0 && (best === undefined || weight > best.weight)) best = { coding, weight };
  }
  return best?.coding === "gzip" || best?.coding === "deflate" ? best.coding : undefined;
}

/** Types Next's compression compresses among those the route answers with. */
function isCompressible(contentType: string | null): boolean {
  return /^application\/json\s*(?:;|$)/i.test(contentType ?? "");
}

/**
 * Calls the handler with the Node request and writes its Response: status, headers and the
 * body as it streams, waiting for the socket to drain when it is full. A client that leaves
 * aborts the handler's request signal and cancels the body, which stops the translation.
 */
export async function serveDirect(
  handler: RouteHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const abort = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) abort.abort();
  };
  response.once("close", onClose);
  const upload = requestBody(request);
  // What the handler left unread is read and dropped once the answer is out (see requestBody).
  response.once("finish", upload.drop);
  let answer: Response;
  try {
    answer = await handler(toWebRequest(request, abort.signal, upload));
  } catch (error) {
    // The handler answers its own errors; reaching here is a bug, answered as Next would.
    console.error("POST /api/translate failed:", error);
    if (!response.headersSent) {
      response.statusCode = 500;
      for (const { key, value } of APP_RESPONSE_HEADERS) response.setHeader(key, value);
    }
    response.end();
    return;
  }

  response.statusCode = answer.status;
  if (answer.statusText !== "") response.statusMessage = answer.statusText;
  for (const { key, value } of APP_RESPONSE_HEADERS) response.setHeader(key, value);
  const compressible = isCompressible(answer.headers.get("content-type"));
  response.setHeader(
    "Vary",
    compressible ? `${NEXT_ROUTE_VARY}, Accept-Encoding` : NEXT_ROUTE_VARY,
  );
  for (const [name, value] of answer.headers) {
    if (name === "set-cookie") continue;
    response.setHeader(name, value);
  }
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("Set-Cookie", cookies);

  const body = answer.body;
  if (body === null) {
    response.end();
    return;
  }
  const encoding = compressible ? chooseEncoding(request.headers["accept-encoding"]) : undefined;
  let sink: NodeJS.WritableStream = response;
  if (encoding !== undefined) {
    response.setHeader("Content-Encoding", encoding);
    response.removeHeader("Content-Length");
    const encoder = encoding === "gzip" ? createGzip() : createDeflate();
    encoder.pipe(response);
    sink = encoder;
  }
  await writeBody(body, sink, response, abort.signal);
}

/** Copies the body to `sink` with backpressure; stops (cancelling the body) if the client left. */
async function writeBody(
  body: ReadableStream<Uint8Array>,
  sink: NodeJS.WritableStream,
  response: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (signal.aborted || response.destroyed) return;
      if (!sink.write(value)) {
        await new Promise<void>((resolve) => {
          const resume = () => {
            sink.removeListener("drain", resume);
            response.removeListener("close", resume);
            resolve();
          };
          sink.once("drain", resume);
          response.once("close", resume);
        });
      }
    }
    if (!response.destroyed) sink.end();
  } catch {
    // The body failed mid-way (or was cancelled): the client gets a cut-off answer, as from
    // Next, rather than a wrong status after the headers went out.
    response.destroy();
  } finally {
    signal.removeEventListener("abort", cancel);
  }
}
