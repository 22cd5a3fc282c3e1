import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/translate?api-version=3.0". */
  url: string;
  headers: IncomingMessage["headers"];
  /** Parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
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

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  /** Behaviours for the next requests, in order; afterwards every request is "ok". */
  queue: Behaviour[];
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 (a free port) speaking a vendor's format. */
export async function startFixtureServer(handler: VendorHandler): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
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
      };
      requests.push(request);
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
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      response.end(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
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
