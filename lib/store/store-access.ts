import "server-only";

import type { Store } from "./store-spec";
import { StoreError, toStoreError } from "./errors";

/**
 * Opens the store on first use and shares it. When opening fails (PostgreSQL down, folder not
 * writable) the failure is remembered for a short while, so requests in an outage fail fast
 * instead of each waiting for a connection timeout, and the next attempt after it tries again.
 */
export interface StoreAccess {
  /** The store; rejects with a StoreError saying why it cannot be used. */
  get(): Promise<Store>;
  /** The store, or undefined while it cannot be used (for work that can go on without it). */
  tryGet(): Promise<Store | undefined>;
  /** Closes the store if it was opened. */
  close(): Promise<void>;
}

export function createStoreAccess(
  open: () => Promise<Store>,
  options: {
    retryAfterMs?: number;
    now?: () => number;
    onError?: (error: StoreError) => void;
  } = {},
): StoreAccess {
  const retryAfterMs = options.retryAfterMs ?? 10_000;
  const now = options.now ?? Date.now;
  let opening: Promise<Store> | undefined;
  let failure: { error: StoreError; at: number } | undefined;

  const get = (): Promise<Store> => {
    if (failure && now() - failure.at < retryAfterMs) return Promise.reject(failure.error);
    opening ??= open().then(
      (store) => {
        failure = undefined;
        return store;
      },
      (error: unknown) => {
        const storeError = toStoreError(error);
        failure = { error: storeError, at: now() };
        opening = undefined;
        options.onError?.(storeError);
        throw storeError;
      },
    );
    return opening;
  };

  return {
    get,
    tryGet: () => get().catch(() => undefined),
    close: async () => {
      const store = await opening?.catch(() => undefined);
      opening = undefined;
      await store?.close();
    },
  };
}
