const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value === "" ? undefined : value;
}

/**
 * The origin the reader used to reach the app, for links the server writes into documents.
 * Behind a trusted proxy (TRUST_PROXY), that is X-Forwarded-Host (or Host) with
 * X-Forwarded-Proto; without one those headers could be anyone's, so the request's own URL is
 * used. A header that is not a plain host name or address is ignored rather than echoed.
 */
export function requestOrigin(request: Request, trustProxy: boolean | number): string {
  const own = new URL(request.url);
  if (!trustProxy) return own.origin;
  const host =
    firstValue(request.headers.get("x-forwarded-host")) ?? firstValue(request.headers.get("host"));
  const forwardedProto = firstValue(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  const protocol =
    forwardedProto === "http" || forwardedProto === "https"
      ? forwardedProto
      : own.protocol.slice(0, -1);
  if (host === undefined || !HOST.test(host)) return own.origin;
  return `${protocol}://${host.toLowerCase()}`;
}
