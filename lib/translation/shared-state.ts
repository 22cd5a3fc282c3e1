/**
 * State several instances of the app share (Redis when REDIS_URL is set): engine probe
 * results, degraded modes and the hot translation cache. Every method resolves, never rejects:
 * while the shared tier cannot be reached, reads find nothing and writes are dropped, so the
 * caller goes on with its own in-process state.
 */
export interface SharedState {
  /** The values of these keys, undefined where absent or unreachable, in the same order. */
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  /** Stores values that expire after `ttlMs`. */
  setMany(entries: readonly (readonly [string, string])[], ttlMs: number): Promise<void>;
}

export async function sharedGet(shared: SharedState, key: string): Promise<string | undefined> {
  const [value] = await shared.getMany([key]);
  return value;
}

/** A short, fixed-length key part for a configuration that may hold a secret (an API key). */
export async function configurationDigest(...parts: string[]): Promise<string> {
  const bytes = new TextEncoder().encode(parts.join("\u0000"));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest).slice(0, 12), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}
