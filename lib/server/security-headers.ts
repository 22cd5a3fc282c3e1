/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce
 * (Next.js reads it from the request's CSP header and puts it on its own scripts), and what
 * they load inherits trust through 'strict-dynamic'. Styles allow inline attributes because
 * React writes `style=` on elements; scripts are what the policy is for.
 */
export function contentSecurityPolicy(
  nonce: string,
  development: boolean,
  connectOrigins: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    // WebAssembly may compile (the on-device translator runs in a worker), nothing may eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectOrigins].join(" "),
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

/** Where the on-device translator's model files come from by default (lib/on-device). */
const DEFAULT_MODEL_ORIGIN = "https://media.githubusercontent.com";

/**
 * Origins the browser may fetch from besides this one: the on-device model files' host
 * (ON_DEVICE_MODEL_URL when it is an absolute address, else the default mirror).
 */
export function modelOrigins(modelUrl: string | undefined): string[] {
  const value = modelUrl?.trim();
  if (value === undefined || value === "") return [DEFAULT_MODEL_ORIGIN];
  if (value.startsWith("/")) return [];
  try {
    return [new URL(value).origin];
  } catch {
    return [DEFAULT_MODEL_ORIGIN];
  }
}
