/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce
 * (Next.js reads it from the request's CSP header and puts it on its own scripts), and what
 * they load inherits trust through 'strict-dynamic'. Styles allow inline attributes because
 * React writes `style=` on elements; scripts are what the policy is for.
 */
export function contentSecurityPolicy(
  nonce: string,
  development: boolean,
  /** Origins the on-device translator's files are downloaded from (see modelOrigins). */
  modelOrigins: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the on-device translator compile its WebAssembly (not JS eval).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${modelOrigins.map((origin) => ` ${origin}`).join("")}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Browser features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

export const REFERRER_POLICY = "strict-origin-when-cross-origin";

/** A fresh nonce per response: 128 random bits in base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether a raw URL path has a percent escape that does not decode to UTF-8 (`%ff`, `%C0%AF`,
 * an encoded surrogate, a lone `%`). Such a path cannot name anything here, so it is answered
 * 404 before routing, where decoding it would throw.
 */
export function hasMalformedEscape(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * Where the reader's browser may fetch the on-device translator's files: Mozilla's file host by
 * default, or the origin of ON_DEVICE_MODEL_URL (a folder manifest's absolute addresses must
 * use that origin too). A path on this origin needs nothing beyond 'self'.
 */
export function modelOrigins(env: Record<string, string | undefined>): string[] {
  const url = env.ON_DEVICE_MODEL_URL?.trim();
  if (url && /^https?:\/\//.test(url)) {
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  }
  if (env.ON_DEVICE_MODEL_DIR?.trim() || url) return [];
  return ["https://media.githubusercontent.com"];
}

/**
 * The headers next.config.js's `headers()` adds to every response. The direct route
 * (lib/server/direct-route.ts) answers without Next.js and adds them itself; next.config.js
 * cannot import TypeScript, so it writes them out, and a unit test keeps the two the same.
 */
export const APP_RESPONSE_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: REFERRER_POLICY },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
];
