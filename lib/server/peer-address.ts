import "server-only";

/**
 * The custom server (server.mjs) sees each connection's address, which Next.js route handlers
 * cannot. It passes the address on in a request header together with a secret drawn at start,
 * and removes both headers from what the client sent, so a client cannot name its own address.
 */
export const PEER_ADDRESS_HEADER = "x-dvibhashi-peer-address";
export const PEER_TOKEN_HEADER = "x-dvibhashi-peer-token";

/** The secret of this process's custom server, or undefined when the app was started without it. */
export function peerToken(): string | undefined {
  const token = process.env.DVIBHASHI_PEER_TOKEN;
  return token !== undefined && token.length >= 32 ? token : undefined;
}
