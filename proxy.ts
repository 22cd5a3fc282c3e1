import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
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
    // nextUrl is the app's own address; a URL built from request.url could name another host
    // (the Host header), which Next.js would then fetch as an external rewrite.
    const notFound = request.nextUrl.clone();
    notFound.pathname = "/_malformed-address";
    return withPageHeaders(NextResponse.rewrite(notFound, { status: 404 }), undefined);
  }
  if (isApi) return NextResponse.next();

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Next.js takes the nonce for its own scripts from the request's policy header.
  headers.set("Content-Security-Policy", policy);
  // A saved document cannot be read while the database is down: the page says so, and its
  // status says so to machines (503, try again later) instead of a 200.
  if (rawPath.startsWith("/d/") && storeOutageKnown()) {
    const response = NextResponse.rewrite(request.nextUrl.clone(), {
      status: 503,
      request: { headers },
    });
    response.headers.set("Retry-After", "10");
    response.headers.set("Cache-Control", "no-store");
    return withPageHeaders(response, policy);
  }
  return withPageHeaders(NextResponse.next({ request: { headers } }), policy);
}

function withPageHeaders(response: NextResponse, policy: string | undefined): NextResponse {
  response.headers.set(
    "Content-Security-Policy",
    policy ?? contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development"),
  );
  response.headers.set("Referrer-Policy", REFERRER_POLICY);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  return response;
}

export const config = {
  // Static build files carry no script to protect and are served as they are.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
