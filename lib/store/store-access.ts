import "server-only";

import type { Store } from "./store-spec";
import { StoreError, toStoreError } from "./errors";
import { clearStoreOutage, markStoreOutage } from "./store-health";

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
  // When a write was refused as read-only: the connection is reopened after retryAfterMs, so a
  // file or database that becomes writable again is used without a restart.
  let readOnlySince: number | undefined;

  const watch = (store: Store): Store =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const result: unknown = (value as (...values: unknown[]) => unknown).apply(target, args);
          if (!(result instanceof Promise)) return result;
          return result.then(
            (value: unknown) => {
              clearStoreOutage();
              return value;
            },
            (error: unknown) => {
              if (error instanceof StoreError && error.code === "store_read_only")
                readOnlySince ??= now();
              if (error instanceof StoreError && error.code === "store_unavailable")
                markStoreOutage();
              throw error;
            },
          );
        };
      },
    });

  const get = (): Promise<Store> => {
    if (failure && now() - failure.at < retryAfterMs) return Promise.reject(failure.error);
    if (readOnlySince !== undefined && now() - readOnlySince >= retryAfterMs && opening) {
      const stale = opening;
      opening = undefined;
      readOnlySince = undefined;
      // Requests still using the old connection get a moment to finish before it closes.
      void stale.then((store) => {
        setTimeout(() => void store.close().catch(() => undefined), 5_000).unref();
      });
    }
    opening ??= open().then(
      (store) => {
        failure = undefined;
        return watch(store);
      },
      (error: unknown) => {
        const storeError = toStoreError(error);
        failure = { error: storeError, at: now() };
        if (storeError.code === "store_unavailable") markStoreOutage();
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
