import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/translate?api-version=3.0". */
  url: string;
  headers: IncomingMessage["headers"];
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
  /** performance.now() when the request's body had arrived, and when it was answered. */
  receivedAt?: number;
  answeredAt?: number;
  /** The status it was answered with. */
  status?: number;
}

/** What the fixture does with the next request, for failure scenarios. */
export type Behaviour =
  | { kind: "ok" }
  | { kind: "status"; status: number; headers?: Record<string, string> }
  | { kind: "malformed" }
  | { kind: "hang" }
  | { kind: "wrong-count" };

export interface FixtureReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A vendor's wire format: answers a request under a behaviour, validating what was sent. */
export type VendorHandler = (request: RecordedRequest, behaviour: Behaviour) => FixtureReply;

/** A remote service's pace: each answer takes `latencyMs`; beyond `maxConcurrent` it refuses. */
export interface FixturePace {
  latencyMs?: number;
  /** Requests answered at once; one more is refused with 429 and Retry-After, as APIs do. */
  maxConcurrent?: number;
}

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  /** The most requests that were ever in flight at once. */
  maxInFlight: () => number;
  /** Behaviours for the next requests, in order; afterwards every request is "ok". */
  queue: Behaviour[];
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 (a free port) speaking a vendor's format. */
export async function startFixtureServer(
  handler: VendorHandler,
  pace: FixturePace = {},
): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const queue: Behaviour[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    let raw = "";
    incoming.setEncoding("utf8");
    incoming.on("data", (chunk: string) => (raw += chunk));
    incoming.on("end", () => {
      let body: unknown = raw;
      try {
        body = raw === "" ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        // Keep the raw text; the handler decides whether that is an error.
      }
      const request: RecordedRequest = {
        method: incoming.method ?? "GET",
        url: incoming.url ?? "/",
        headers: incoming.headers,
        body,
        receivedAt: performance.now(),
      };
      requests.push(request);
      if (pace.maxConcurrent !== undefined && inFlight >= pace.maxConcurrent) {
        request.answeredAt = performance.now();
        request.status = 429;
        response.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
        response.end(JSON.stringify({ error: "too many concurrent requests" }));
        return;
      }
      const behaviour = queue.shift() ?? { kind: "ok" };
      if (behaviour.kind === "hang") {
        hanging.add(response);
        return;
      }
      if (behaviour.kind === "malformed") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"translations": [ this is not json');
        return;
      }
      const reply = handler(request, behaviour);
      const answer = () => {
        request.answeredAt = performance.now();
        request.status = reply.status;
        response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        response.end(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body));
      };
      if (!pace.latencyMs) return answer();
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        answer();
      }, pace.latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    queue,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The fixtures' stand-in for translating: deterministic and visibly tied to its input. */
export const fakeTranslate = (text: string, target: string) => `[${target}] ${text}`;
