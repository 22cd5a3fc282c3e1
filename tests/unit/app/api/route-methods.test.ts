import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Every route under app/api answers every method with the API's JSON errors: a method it does
 * not take is a 405 `method_not_allowed` with an Allow header, OPTIONS lists what it takes, and
 * a path no route owns is a 404 `not_found`. A method a module does not export would get Next's
 * empty 405 with no Allow header instead, so each module must export all of them.
 */

const API = path.resolve(import.meta.dirname, "../../../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** What each route takes, as its Allow header says; a new route must be added here. */
const ALLOW: Record<string, string> = {
  documents: "OPTIONS, POST",
  "documents/[id]": "DELETE, GET, HEAD, OPTIONS",
  "documents/[id]/export": "GET, HEAD, OPTIONS",
  "documents/[id]/revisions": "GET, HEAD, OPTIONS",
  "documents/[id]/summary": "OPTIONS, PUT",
  engines: "GET, HEAD, OPTIONS",
  "engines/guide": "GET, HEAD, OPTIONS",
  "engines/on-device": "GET, HEAD, OPTIONS",
  "engines/on-device/files/[name]": "GET, HEAD, OPTIONS",
  health: "GET, HEAD, OPTIONS",
  "health/ready": "GET, HEAD, OPTIONS",
  import: "OPTIONS, POST",
  lookup: "GET, HEAD, OPTIONS",
  revisions: "OPTIONS, POST",
  summarize: "OPTIONS, POST",
  translate: "OPTIONS, POST",
};
const CATCH_ALL = "[[...rest]]";

type Handler = (request: Request) => Response | Promise<Response>;

const routes = readdirSync(API, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => path.dirname(file).split(path.sep).join("/"))
  .sort();

async function handlersOf(route: string): Promise<Record<string, unknown>> {
  return (await import(path.join(API, route, "route.ts"))) as Record<string, unknown>;
}

const call = (handler: unknown, method: string, route: string) =>
  (handler as Handler)(new Request(`http://localhost/api/${route}`, { method }));

describe("methods on every API route", () => {
  it("knows every route there is, and there is a catch-all for the rest", () => {
    expect(routes.filter((route) => route !== CATCH_ALL)).toEqual(Object.keys(ALLOW).sort());
    expect(routes).toContain(CATCH_ALL);
  });

  it.each(Object.entries(ALLOW))(
    "/api/%s exports every method, lists what it takes and refuses the rest",
    async (route, allow) => {
      const routeModule = await handlersOf(route);
      for (const method of METHODS) expect(typeof routeModule[method], method).toBe("function");
      const options = await call(routeModule.OPTIONS, "OPTIONS", route);
      expect(options.status).toBe(204);
      expect(options.headers.get("allow")).toBe(allow);
      const taken = allow.split(", ");
      for (const method of METHODS.filter((name) => !taken.includes(name))) {
        const response = await call(routeModule[method], method, route);
        expect(response.status, method).toBe(405);
        expect(response.headers.get("allow")).toBe(allow);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("method_not_allowed");
        expect(body.error.message).toContain(method);
      }
    },
  );

  it("answers a path no route owns with the API's 404, whatever the method", async () => {
    const routeModule = await handlersOf(CATCH_ALL);
    for (const method of METHODS) {
      const response = await call(routeModule[method], method, "no/such/thing");
      expect(response.status, method).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toContain("/api/no/such/thing");
    }
  });
});
