import "server-only";

import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline, type Readable, type Transform } from "node:stream";
import { createBrotliDecompress, createUnzip } from "node:zlib";
import { isAddressAllowed } from "./address-policy";
import { decodeImportedText } from "./decode-text";
import { ImportError } from "./errors";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_TIMEOUT_MS = 10_000;
export const IMPORT_MAX_REDIRECTS = 5;

/** Resolves a host name to every address it has (the shape of `dns.lookup` with `all`). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchPageOptions {
  /** Lets loopback addresses through, for tests against fixture servers; nothing else. */
  allowLoopback?: boolean;
  maxBytes?: number;
  /** Deadline for the whole import, redirects and body included. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Replaces DNS, for tests. */
  resolveHost?: ResolveHost;
  abortSignal?: AbortSignal;
}

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  /** The media type without parameters, lower-case. */
  mediaType: "text/html" | "text/plain";
  text: string;
}

const systemResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

const KIB = 1024;
const describeBytes = (bytes: number) =>
  bytes >= KIB * KIB ? `${Math.round(bytes / (KIB * KIB))} MB` : `${Math.round(bytes / KIB)} KB`;

function parseUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new ImportError(
      "import_invalid_url",
      "That is not a web address. Check it and try again.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ImportError(
      "import_invalid_url",
      `Only http:// and https:// addresses can be imported, not ${url.protocol}//.`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new ImportError(
      "import_invalid_url",
      "Addresses with a user name or password cannot be imported.",
    );
  }
  return url;
}

const blockedMessage = (host: string) =>
  `The address ${host} points into a private network, this server itself or a cloud metadata service, so it cannot be imported.`;

/**
 * A DNS lookup for the HTTP client that refuses the connection unless every address the host
 * resolves to is allowed. The socket then connects to an address this function checked, so a
 * second, different DNS answer cannot slip a private address in between check and connect.
 */
function checkedLookup(resolveHost: ResolveHost, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (addresses) => {
        if (addresses.length === 0) {
          callback(
            Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }),
            "",
          );
          return;
        }
        if (addresses.some((entry) => !isAddressAllowed(entry.address, { allowLoopback }))) {
          callback(new ImportError("import_blocked_address", blockedMessage(hostname)), "");
          return;
        }
        const family = typeof options === "object" ? options.family : options;
        const usable = addresses.filter(
          (entry) => family === undefined || family === 0 || entry.family === family,
        );
        if (typeof options === "object" && options.all) {
          (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, usable);
          return;
        }
        const first = usable[0] ?? addresses[0];
        callback(null, first?.address ?? "", first?.family ?? 4);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, ""),
    );
  };
}

function mediaTypeOf(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The most content codings one response may stack (gzip over br is already unusual). */
const MAX_CONTENT_CODINGS = 3;

/** Errors a decompressor raised over its own input, told apart from network failures. */
const decompressionFailures = new WeakSet<object>();

/**
 * The body with its content codings undone. The importer asks for identity, but some servers
 * compress anyway; gzip, deflate and br are decoded (node:zlib), in the reverse of the order
 * they were applied, and anything else is refused. The size limit is applied to what comes out
 * of the decoders, so a small compressed body cannot unpack into gigabytes.
 */
function decodedBody(response: RawResponse): Readable {
  const codings = (response.headers["content-encoding"] ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  // Each layer costs more to undo than the one before: a header listing a thousand gzips over a
  // small body took seconds of CPU. No server has a reason to stack more than two.
  if (codings.length > MAX_CONTENT_CODINGS) {
    response.body.destroy();
    throw new ImportError(
      "import_unsupported_type",
      `The page was compressed ${codings.length} times over; the importer undoes at most ${MAX_CONTENT_CODINGS}.`,
    );
  }
  let body: Readable = response.body;
  for (const coding of codings.reverse()) {
    let decoder: Transform;
    // Unzip reads both gzip and zlib-wrapped deflate, whichever the server actually sent.
    if (coding === "gzip" || coding === "x-gzip" || coding === "deflate") decoder = createUnzip();
    else if (coding === "br") decoder = createBrotliDecompress();
    else {
      response.body.destroy();
      throw new ImportError(
        "import_unsupported_type",
        `The page was sent compressed as "${coding}", which the importer cannot read.`,
      );
    }
    const source = body;
    decoder.once("error", (error) => {
      // A decoder destroyed because its source failed (a reset, the deadline) reports the
      // source's error; only a failure with the source intact (open or fully read) is broken
      // data.
      if (source.errored === null && !source.readableAborted) decompressionFailures.add(error);
    });
    // The pipeline's own callback has nothing to add: every failure reaches the reader below.
    body = pipeline(source, decoder, () => undefined);
  }
  return body;
}

function refuseMediaType(mediaType: string): never {
  if (mediaType === "application/pdf")
    throw new ImportError(
      "import_unsupported_type",
      "That address is a PDF. Only web pages and plain text can be imported; copy the article's text from the PDF and paste it instead.",
    );
  if (mediaType.startsWith("image/"))
    throw new ImportError(
      "import_unsupported_type",
      "That address is an image, not an article. Only web pages and plain text can be imported.",
    );
  throw new ImportError(
    "import_unsupported_type",
    `That address serves ${mediaType || "an unknown type of file"}, not a web page. Only web pages and plain text can be imported.`,
  );
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

function request(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<RawResponse> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: "GET",
        lookup,
        signal,
        headers: {
          "User-Agent": "Dvibhashi/1.0 (article import)",
          Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "Accept-Encoding": "identity",
        },
      },
      (response) =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response }),
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function readLimited(body: Readable, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of body) {
    if (signal.aborted) break;
    const buffer = chunk as Buffer;
    received += buffer.length;
    if (received > maxBytes) {
      body.destroy();
      throw new ImportError(
        "import_too_large",
        `The page is larger than ${describeBytes(maxBytes)}, the most that can be imported.`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function translateNetworkError(error: unknown, url: URL, timedOut: boolean): ImportError {
  if (error instanceof ImportError) return error;
  if (typeof error === "object" && error !== null && decompressionFailures.has(error))
    return new ImportError(
      "import_unreachable",
      `The page from ${url.host} arrived compressed, but its compressed data is broken, so it cannot be read.`,
      { cause: error },
    );
  if (timedOut)
    return new ImportError(
      "import_timeout",
      "The page took too long to arrive (more than 10 seconds), so the import stopped.",
    );
  const code = (error as { code?: string } | null)?.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA")
    return new ImportError(
      "import_unreachable",
      `The host ${url.hostname} could not be found. Check the address.`,
      { cause: error },
    );
  return new ImportError(
    "import_unreachable",
    `The page at ${url.host} could not be reached${code ? ` (${code})` : ""}.`,
    { cause: error },
  );
}

/**
 * Fetches an article page for import, refusing anything that could turn the server against its
 * own network: only http(s), every resolved address checked (after each redirect too), at most
 * `maxRedirects` redirects, `maxBytes` of body and `timeoutMs` for the whole exchange.
 */
export async function fetchPage(
  rawUrl: string,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const allowLoopback = options.allowLoopback ?? false;
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? IMPORT_MAX_REDIRECTS;
  const lookup = checkedLookup(options.resolveHost ?? systemResolve, allowLoopback);
  const deadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    deadline.abort();
  }, options.timeoutMs ?? IMPORT_TIMEOUT_MS);
  const onAbort = () => deadline.abort();
  options.abortSignal?.addEventListener("abort", onAbort, { once: true });

  let url = parseUrl(rawUrl);
  try {
    for (let redirects = 0; ; redirects += 1) {
      // An address literal never goes through DNS, so it is checked here.
      const literal = url.hostname.replace(/^\[|\]$/g, "");
      if (isIP(literal) !== 0 && !isAddressAllowed(literal, { allowLoopback })) {
        throw new ImportError("import_blocked_address", blockedMessage(url.hostname));
      }
      let response: RawResponse;
      try {
        response = await request(url, lookup, deadline.signal);
      } catch (error) {
        throw translateNetworkError(error, url, timedOut);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        response.body.resume();
        if (redirects >= maxRedirects) {
          throw new ImportError(
            "import_too_many_redirects",
            `The page redirected more than ${maxRedirects} times, so the import stopped.`,
          );
        }
        url = parseUrl(response.headers.location, url);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        response.body.resume();
        throw new ImportError(
          "import_unreachable",
          `The page answered with HTTP ${response.status}, so there is nothing to import.`,
        );
      }
      const contentType = response.headers["content-type"];
      const mediaType = mediaTypeOf(contentType);
      const kind =
        mediaType === "text/html" || mediaType === "application/xhtml+xml"
          ? "text/html"
          : mediaType === "text/plain"
            ? "text/plain"
            : undefined;
      if (kind === undefined) {
        response.body.destroy();
        refuseMediaType(mediaType);
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.body.destroy();
        throw new ImportError(
          "import_too_large",
          `The page is larger than ${describeBytes(maxBytes)}, the most that can be imported.`,
        );
      }
      const body = decodedBody(response);
      let bytes: Buffer;
      try {
        bytes = await readLimited(body, maxBytes, deadline.signal);
      } catch (error) {
        throw translateNetworkError(error, url, timedOut);
      }
      if (timedOut) throw translateNetworkError(undefined, url, true);
      const text = decodeImportedText(bytes, {
        contentType,
        html: kind === "text/html",
        subject: "The page",
      });
      return { url: url.toString(), mediaType: kind, text };
    }
  } finally {
    clearTimeout(timer);
    options.abortSignal?.removeEventListener("abort", onAbort);
  }
}
