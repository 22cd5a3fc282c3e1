import "server-only";

import { ApiError } from "./api-error";

/*
 * Next.js answers a method a route module does not export with an empty 405 and no Allow
 * header, and a path no route owns with its HTML 404 page. The API answers both with its own
 * JSON errors instead: each route module exports the methods it does not take from
 * otherMethods(), and app/api/[[...rest]] exports unknownRoute()'s for every path nobody owns.
 */

/** The methods a route module exports itself. HEAD is not among them: Next answers it with GET. */
export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteMethod = (typeof ROUTE_METHODS)[number];

type Handler = (request: Request) => Response;

/** The Allow header of a route that takes these methods (RFC 9110, section 10.2.1). */
export function allowHeader(taken: readonly RouteMethod[]): string {
  const methods = new Set<string>([...taken, "OPTIONS"]);
  // Next answers HEAD with the GET handler, without its body.
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort().join(", ");
}

const pathOf = (request: Request) => new URL(request.url).pathname;

/**
 * Handlers for every method a route does not take (405 `method_not_allowed` with Allow), and
 * OPTIONS (204 with Allow), which Next would otherwise answer listing these handlers as taken.
 * A route module spreads them into its exports beside its own:
 * `export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);`
 * Naming a taken method there, or one that does not exist, is a type error.
 */
export function otherMethods<const Taken extends readonly RouteMethod[]>(
  taken: Taken,
): Record<Exclude<RouteMethod, Taken[number]> | "OPTIONS", Handler> {
  const allow = allowHeader(taken);
  const refuse: Handler = (request) =>
    new ApiError(
      "method_not_allowed",
      `${request.method} is not allowed on ${pathOf(request)}; it takes ${allow}.`,
      { Allow: allow },
    ).toResponse();
  const handlers: Record<string, Handler> = {
    OPTIONS: () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
  for (const method of ROUTE_METHODS) if (!taken.includes(method)) handlers[method] = refuse;
  return handlers as Record<Exclude<RouteMethod, Taken[number]> | "OPTIONS", Handler>;
}

/** Handlers for a path no route owns: the API's 404 `not_found` for every method. */
export function unknownRoute(): Record<RouteMethod | "OPTIONS", Handler> {
  const notFound: Handler = (request) =>
    new ApiError("not_found", `There is no API at ${pathOf(request)}.`).toResponse();
  return {
    GET: notFound,
    POST: notFound,
    PUT: notFound,
    PATCH: notFound,
    DELETE: notFound,
    OPTIONS: notFound,
  };
}
