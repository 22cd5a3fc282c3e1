import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  modelOrigins,
  hasMalformedEscape,
  newNonce,
  PERMISSIONS_POLICY,
  REFERRER_POLICY,
} from "@/lib/server/security-headers";
import { storeOutageKnown } from "@/lib/store/store-health";

/**
 * Runs before every route: refuses paths that cannot be decoded (404 with the API's typed
 * error body, or the not-found page) and gives each page its Content-Security-Policy nonce.
 */
export function proxy(request: NextRequest): NextResponse {
  const rawPath = new URL(request.url).pathname;
  const isApi = rawPath.startsWith("/api/");
  if (hasMalformedEscape(rawPath)) {
    if (isApi) {
      return NextResponse.json(
        { error: { code: "not_found", message: "There is nothing at this address." } },
        { status: 404, headers: { "Cache-Control": "no-store" } },
      );
    }
    return withPageHeaders(
      plainPage(404, "There is nothing at this address.", "इस पते पर कुछ नहीं है।"),
      undefined,
    );
  }
  if (isApi) return NextResponse.next();

  const nonce = newNonce();
  const policy = contentSecurityPolicy(
    nonce,
    process.env.NODE_ENV === "development",
    modelOrigins(process.env),
  );
  const headers = new Headers(request.headers);
  // Next.js takes the nonce for its own scripts from the request's policy header.
  headers.set("Content-Security-Policy", policy);
  // A saved document cannot be read while the database is down: the page says so, and its
  // status says so to machines (503, try again later) instead of a 200.
  if (rawPath.startsWith("/d/") && storeOutageKnown()) {
    const response = plainPage(
      503,
      "This document cannot be opened right now: the database is not reachable. Please try again in a moment.",
      "यह दस्तावेज़ अभी नहीं खुल सकता: डेटाबेस तक पहुँच नहीं है। थोड़ी देर में फिर कोशिश करें।",
    );
    response.headers.set("Retry-After", "10");
    return withPageHeaders(response, policy);
  }
  return withPageHeaders(NextResponse.next({ request: { headers } }), policy);
}

/**
 * A small page answered by the proxy itself, in both interface languages, with no script. A
 * rewrite to the app's own page would be fetched through the Host the client named, which
 * need not be an address this server listens on.
 */
function plainPage(status: number, english: string, hindi: string): NextResponse {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dvibhashi</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Dvibhashi</h1><p>${english}</p><p lang="hi">${hindi}</p><p><a href="/">Dvibhashi</a></p></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function withPageHeaders(response: NextResponse, policy: string | undefined): NextResponse {
  response.headers.set(
    "Content-Security-Policy",
    policy ??
      contentSecurityPolicy(
        newNonce(),
        process.env.NODE_ENV === "development",
        modelOrigins(process.env),
      ),
  );
  response.headers.set("Referrer-Policy", REFERRER_POLICY);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return response;
}

export const config = {
  // Static build files carry no script to protect and are served as they are; so is the
  // on-device translator's worker and runtime (its importScripts carries no nonce).
  // Exactly /api/translate is skipped too: for it the proxy would only pass the request on (its
  // path has no escape to refuse and no page to give a policy), and the hop through the proxy
  // sat between a translation request arriving and its first engine request. The route keeps
  // its own rate limit, size limit and typed errors; the headers every response gets come
  // from next.config.js (or server.mjs, see lib/server/direct-route.ts). Longer paths under
  // it (/api/translate/...) still pass through the proxy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|on-device/|api/translate$).*)"],
};
