import { isServer, notifyManager, QueryClient } from "@tanstack/react-query";

// Observers hear of a query's new data in a microtask rather than the default next task (a
// zero timeout): each streamed batch of rows then renders in the task that read it, instead of
// a task (and often a frame) later.
if (!isServer) notifyManager.setScheduler(queueMicrotask);

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Translations of a given text do not go stale; refetching would only cost engine calls.
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A new client per server render (no data shared across requests); one client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
