import "server-only";

import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";
import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies";
import compression from "next/dist/compiled/compression";
import { isBot } from "next/dist/shared/lib/router/utils/is-bot";
import { resolveUiLanguage, UI_LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { isDocumentId } from "@/lib/store/document-id";
import { storeOutageKnown } from "@/lib/store/store-health";
import { getAppServices } from "./app-services";
import {
  cutAtNonce,
  PermalinkResponseCache,
  withNonce,
  type KeptResponse,
} from "./permalink-response-cache";
import { newNonce } from "./security-headers";

/**
 * The custom server (server.mjs) hands every request to the responder installed here, on
 * globalThis: Next.js bundles this module apart from server.mjs, in the same process, and the
 * responder must reach the page's module state (and the page the responder's) through one
 * object. server.mjs removes this header from what clients send, as it does the peer headers.
 */
export const RENDER_TICKET_HEADER = "x-dvibhashi-render-ticket";
const RESPONDER = Symbol.for("dvibhashi.permalink-responses");

/** What the permalink page says it rendered, for the request holding a ticket. */
export interface RenderReport {
  documentId: string;
  /** The store's change counter read before the document was loaded (DocumentPageCache). */
  counter: number;
  /** The interface language the page was rendered in. */
  language: string;
}

/** A request the cache may answer: a plain GET of `/d/<id>`, nothing else in its address. */
interface Target {
  documentId: string;
  language: string;
}

// Headers by which Next.js renders something other than the page's HTML (its router's RSC
// requests and prefetches, server actions, its internal routing). Any of them, and the request
// goes to Next.js as it is.
const NEXT_REQUEST_HEADER =
  /^(?:rsc|next-|x-nextjs-|x-middleware-|x-invoke-|x-now-|x-matched-path|x-prerender-)/;
const PERMALINK_PATH = /^\/d\/([^/?#]+)$/;
// Headers that frame one message on one connection; every response gets its own from Node.
const FRAMING_HEADERS = new Set([
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  // The responder compresses each cached response again, for the request it answers.
  "content-encoding",
]);
const POLICY_HEADER = "content-security-policy";
// A captured page larger than this is not kept (the cache would not keep it either).
const CAPTURE_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Answers repeat requests for a permalink from whole rendered responses (see
 * PermalinkResponseCache), each with a fresh CSP nonce, and lets Next.js render every other
 * request, keeping what it sends when the page reported a document it rendered in full.
 */
export class PermalinkResponder {
  readonly cache: PermalinkResponseCache;
  /** Tickets of renders in flight, with the page's report once it has made one. */
  private readonly pending = new Map<string, RenderReport | undefined>();
  private readonly compress = compression();

  constructor(
    private readonly revision: () => Promise<number>,
    cache = new PermalinkResponseCache(),
  ) {
    this.cache = cache;
  }

  /** Answers the request from the cache, or has `render` (Next.js) answer it. */
  handle(request: IncomingMessage, response: ServerResponse, render: () => void): void {
    const target = cacheableTarget(request);
    if (target === undefined || storeOutageKnown()) {
      render();
      return;
    }
    this.answer(request, response, render, target).catch(() => {
      // Whatever went wrong here, the request is still answered: by Next.js if nothing has been
      // sent yet, else the connection is closed on a response that cannot be finished.
      if (!response.headersSent) render();
      else response.destroy();
    });
  }

  /** Records what the page rendered for a request the responder gave a ticket to. */
  note(ticket: string, report: RenderReport): void {
    // Only tickets this responder handed out: anything else is not a request it watches.
    if (this.pending.has(ticket)) this.pending.set(ticket, report);
  }

  private async answer(
    request: IncomingMessage,
    response: ServerResponse,
    render: () => void,
    target: Target,
  ): Promise<void> {
    let counter: number;
    try {
      counter = await this.revision();
    } catch {
      // The database cannot say whether a kept page is current: Next.js answers (the proxy's
      // 503 or the page's own message).
      render();
      return;
    }
    const kept = this.cache.get(target.documentId, target.language, counter);
    if (kept !== undefined) {
      this.serve(request, response, kept);
      return;
    }
    this.renderAndKeep(request, response, render, target);
  }

  private serve(request: IncomingMessage, response: ServerResponse, kept: KeptResponse) {
    const { body, policy } = withNonce(kept, newNonce());
    response.statusCode = kept.status;
    for (const [name, value] of kept.headers)
      response.setHeader(name, name.toLowerCase() === POLICY_HEADER ? policy : value);
    // Next.js's own compression, so encoding, Vary and size threshold are what it would send.
    this.compress(request, response, () => undefined);
    response.end(body);
  }

  private renderAndKeep(
    request: IncomingMessage,
    response: ServerResponse,
    render: () => void,
    target: Target,
  ) {
    const ticket = randomUUID();
    this.pending.set(ticket, undefined);
    request.headers[RENDER_TICKET_HEADER] = ticket;
    const capture = captureResponse(response);
    response.once("close", () => {
      const report = this.pending.get(ticket);
      this.pending.delete(ticket);
      const sent = capture.result();
      if (!response.writableFinished || sent === undefined || report === undefined) return;
      if (report.documentId !== target.documentId || report.language !== target.language) return;
      try {
        const kept = keepable(sent);
        if (kept !== undefined)
          this.cache.set(target.documentId, target.language, report.counter, kept);
      } catch {
        // The response has been sent; a page that cannot be kept is rendered again next time.
      }
    });
    render();
  }
}

/** The document and interface language of a request the cache may answer, or undefined. */
export function cacheableTarget(request: IncomingMessage): Target | undefined {
  // HEAD and everything else go to Next.js: only a GET is answered or kept.
  if (request.method !== "GET") return undefined;
  const match = PERMALINK_PATH.exec(request.url ?? "");
  const documentId = match?.[1];
  if (documentId === undefined || !isDocumentId(documentId)) return undefined;
  for (const name of Object.keys(request.headers))
    if (NEXT_REQUEST_HEADER.test(name)) return undefined;
  // Next.js renders crawlers a page of their own (metadata in the head, no streaming).
  if (isBot(request.headers["user-agent"] ?? "")) return undefined;
  // The interface language as the page works it out (lib/i18n/server.ts), with the cookie
  // parser Next.js's cookies() uses; the page's report must name the same language.
  const cookie = request.headers.cookie;
  const language = resolveUiLanguage(
    cookie === undefined ? undefined : parseCookie(cookie).get(UI_LANGUAGE_COOKIE),
    request.headers["accept-language"] ?? null,
  );
  return { documentId, language };
}

interface SentResponse {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
}

/**
 * Watches what is written to `response` (headers when they are sent, then the body) without
 * changing it. Next.js's compression wraps the same methods after this, so the body seen here
 * is as encoded for the client; `keepable` decodes it.
 */
function captureResponse(response: ServerResponse): { result: () => SentResponse | undefined } {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let head: { status: number; headers: [string, string | string[]][] } | undefined;
  const record = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : undefined;
    if (buffer === undefined) return;
    size += buffer.length;
    if (size > CAPTURE_LIMIT_BYTES) {
      overflow = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    head = { status: args[0] as number, headers: headerList(this, args.slice(1)) };
    return (writeHead as (...values: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    record(args[0], args[1]);
    return (write as (...values: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    record(args[0], args[1]);
    return (end as (...values: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  return {
    result: () =>
      head === undefined || overflow
        ? undefined
        : { status: head.status, headers: head.headers, body: Buffer.concat(chunks) },
  };
}

/** The response's headers in the order and spelling it sends them, with writeHead's own. */
function headerList(response: ServerResponse, rest: unknown[]): [string, string | string[]][] {
  const list = new Map<string, [string, string | string[]]>();
  const add = (name: string, value: unknown) => {
    if (value === undefined) return;
    list.set(name.toLowerCase(), [
      name,
      Array.isArray(value) ? value.map(String) : String(value as string | number),
    ]);
  };
  // Node's getRawHeaderNames (names as set, not lower-cased) is missing from its typings here.
  const raw = response as ServerResponse & { getRawHeaderNames: () => string[] };
  for (const name of raw.getRawHeaderNames()) add(name, response.getHeader(name));
  const given = rest.find((value) => typeof value === "object" && value !== null);
  if (Array.isArray(given)) {
    // writeHead's flat form: name, value, name, value...
    for (let index = 0; index + 1 < given.length; index += 2)
      add(String(given[index]), given[index + 1]);
  } else if (given !== undefined) {
    for (const [name, value] of Object.entries(given as OutgoingHttpHeaders)) add(name, value);
  }
  return [...list.values()];
}

/**
 * The sent response as the cache keeps it, or undefined when it must not be kept: not a 200,
 * not HTML, setting a cookie, in an encoding this cannot read, or without the nonce of its
 * policy in it.
 */
export function keepable(sent: SentResponse): KeptResponse | undefined {
  if (sent.status !== 200) return undefined;
  const value = (name: string) => sent.headers.find(([key]) => key.toLowerCase() === name)?.[1];
  if (value("set-cookie") !== undefined) return undefined;
  const contentType = value("content-type");
  if (typeof contentType !== "string" || !contentType.startsWith("text/html")) return undefined;
  const policy = value(POLICY_HEADER);
  const nonce = typeof policy === "string" ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined;
  if (policy === undefined || typeof policy !== "string" || nonce === undefined) return undefined;
  let body: Buffer;
  try {
    const encoding = value("content-encoding");
    if (encoding === undefined || encoding === "identity") body = sent.body;
    else if (encoding === "gzip") body = gunzipSync(sent.body);
    else if (encoding === "deflate") body = inflateSync(sent.body);
    else return undefined;
  } catch {
    return undefined;
  }
  const bodyParts = cutAtNonce(body, nonce);
  if (bodyParts.length < 2) return undefined;
  return {
    status: sent.status,
    headers: sent.headers
      .filter(([name]) => !FRAMING_HEADERS.has(name.toLowerCase()))
      .map(([name, header]) => [name, typeof header === "string" ? header : header.join(", ")]),
    policyParts: policy.split(nonce),
    bodyParts,
  };
}

type Holder = typeof globalThis & { [RESPONDER]?: PermalinkResponder };

/** The responder server.mjs hands requests to, once the permalink page has installed it. */
export function installedResponder(): PermalinkResponder | undefined {
  return (globalThis as Holder)[RESPONDER];
}

/**
 * Called by the permalink page when it has rendered a saved document: installs the responder
 * (the first render does) and reports what was rendered for the request's ticket, if it has
 * one. The responder reads the change counter from the same store as the page.
 */
export function notePermalinkRender(ticket: string | null, report: RenderReport): void {
  const holder = globalThis as Holder;
  holder[RESPONDER] ??= new PermalinkResponder(async () =>
    (await getAppServices().store.get()).changeCounter(),
  );
  if (ticket !== null) holder[RESPONDER].note(ticket, report);
}
