import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { rawRequest } from "./support/raw-request";

/*
 * What the production server (server.mjs over the built app) answers for API addresses and
 * methods it does not have, and for an upload the client abandons: the API's own typed JSON
 * errors, never Next's HTML 404 page, an empty 405 or an "Unhandled API error" in the log.
 */

type ErrorBody = { error: { code: string; message: string } };

const json = { "content-type": "application/json" };

// node:http sends a GET, DELETE or OPTIONS body with no length, so only methods that carry one do.
const withBody = (method: string) =>
  ["POST", "PUT", "PATCH"].includes(method) ? { method, headers: json, body: "{}" } : { method };
const translateBody = JSON.stringify({ text: "नमस्ते दुनिया।", engine: "gloss" });

/**
 * Sends a request that declares `declared` bytes of body, sends one fewer, then closes the
 * connection: what a browser tab closed mid-upload does.
 */
function abandonUpload(url: string, headers: Record<string, string>, declared = 40) {
  const target = new URL(url);
  return new Promise<void>((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      const head = [
        `POST ${target.pathname}${target.search} HTTP/1.1`,
        `Host: ${target.host}`,
        `Content-Length: ${declared}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        "",
        "",
      ].join("\r\n");
      socket.write(head);
      socket.write(Buffer.alloc(declared - 1, "a"), () => {
        // Long enough for the server to start reading the body before the connection goes.
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
    });
    socket.on("error", reject);
  });
}

/**
 * The production server with the translate route loaded, so server.mjs answers POST
 * /api/translate itself from then on.
 */
async function startLoadedServer(): Promise<AppServer> {
  const server = await startAppServer();
  await fetch(`${server.url}/api/translate?load=1`, {
    method: "POST",
    headers: json,
    body: translateBody,
  });
  return server;
}

describe("API addresses and methods that do not exist", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startLoadedServer();
  }, 90_000);
  afterAll(() => server.stop());

  it.each([
    ["GET", "/api"],
    ["GET", "/api/nonexistent"],
    ["POST", "/api/translate/extra"],
    ["GET", "/api/documents/AAAAAAAAAAAAAAAAAAAAAA/nope"],
    ["DELETE", "/api/engines/on-device/files/a/b"],
    ["OPTIONS", "/api/no/such/path"],
  ])("%s %s is the API's JSON 404", async (method, path) => {
    const reply = await rawRequest(`${server.url}${path}`, withBody(method));
    expect(reply.status).toBe(404);
    expect(reply.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(reply.body.toString()) as ErrorBody;
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toBe(`There is no API at ${path}.`);
  });

  it("leaves every real route to itself: the catch-all shadows none of them", async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/engines`)).status).toBe(200);
    const viaNext = await fetch(`${server.url}/api/translate?via=next`, {
      method: "POST",
      headers: json,
      body: translateBody,
    });
    expect(viaNext.status).toBe(200);
    // Dynamic segments answer with their own errors, not the catch-all's.
    for (const path of [
      "/api/documents/AAAAAAAAAAAAAAAAAAAAAA",
      "/api/documents/AAAAAAAAAAAAAAAAAAAAAA/revisions?position=0",
      "/api/engines/on-device/files/nope.bin",
    ]) {
      const response = await fetch(`${server.url}${path}`);
      const text = await response.text();
      expect(text, path).not.toContain("There is no API at");
    }
  });

  it.each([
    ["GET", "/api/translate", "OPTIONS, POST"],
    ["PUT", "/api/translate", "OPTIONS, POST"],
    ["PUT", "/api/documents", "OPTIONS, POST"],
    ["DELETE", "/api/documents", "OPTIONS, POST"],
    ["POST", "/api/documents/AAAAAAAAAAAAAAAAAAAAAA", "DELETE, GET, HEAD, OPTIONS"],
    ["PUT", "/api/revisions", "OPTIONS, POST"],
    ["DELETE", "/api/import", "OPTIONS, POST"],
    ["GET", "/api/summarize", "OPTIONS, POST"],
    ["DELETE", "/api/engines", "GET, HEAD, OPTIONS"],
    ["PUT", "/api/health", "GET, HEAD, OPTIONS"],
    ["POST", "/api/lookup", "GET, HEAD, OPTIONS"],
  ])("%s %s is a JSON 405 with Allow: %s", async (method, path, allow) => {
    const reply = await rawRequest(`${server.url}${path}`, withBody(method));
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe(allow);
    expect(reply.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(reply.body.toString()) as ErrorBody;
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toContain(method);
  });

  it("answers HEAD on a POST route with 405 and OPTIONS with what the route takes", async () => {
    const head = await rawRequest(`${server.url}/api/translate`, { method: "HEAD" });
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe("OPTIONS, POST");
    const options = await rawRequest(`${server.url}/api/documents/AAAAAAAAAAAAAAAAAAAAAA`, {
      method: "OPTIONS",
    });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("DELETE, GET, HEAD, OPTIONS");
  });
});

describe("an upload the client abandons", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startLoadedServer();
  }, 90_000);
  afterAll(() => server.stop());

  it("is a client leaving, not an unhandled server error", async () => {
    const before = server.output();
    // Exactly /api/translate skips the proxy (see proxy.ts), so these two reach the route's own
    // body reading, both as server.mjs answers it and through Next: nothing may be logged.
    await abandonUpload(`${server.url}/api/translate`, json);
    await abandonUpload(`${server.url}/api/translate?via=next`, json);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.output().slice(before.length)).toBe("");
    // The other routes read their bodies behind the proxy, where Next itself copies the body
    // first; whatever Next logs there, the app's error handler does not call it unhandled.
    await abandonUpload(`${server.url}/api/import`, json);
    await abandonUpload(`${server.url}/api/import`, {
      "content-type": "multipart/form-data; boundary=x",
    });
    await abandonUpload(`${server.url}/api/documents`, json);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.output().slice(before.length)).not.toContain("Unhandled API error");
  });
});
