/**
 * The process's last word on whether the database answers, shared through globalThis so that
 * the request proxy (bundled apart from the routes, in the same process) can answer a saved
 * document's page 503 during an outage. No imports: the proxy must stay small.
 */
const STATE = Symbol.for("dvibhashi.store-outage");

interface OutageState {
  since: number | undefined;
}

function state(): OutageState {
  const holder = globalThis as typeof globalThis & { [STATE]?: OutageState };
  holder[STATE] ??= { since: undefined };
  return holder[STATE];
}

/** Records that the database could not be reached just now. */
export function markStoreOutage(now = Date.now()): void {
  state().since ??= now;
}

/** Records that the database answered. */
export function clearStoreOutage(): void {
  state().since = undefined;
}

/** Whether the database is known to be down. */
export function storeOutageKnown(): boolean {
  return state().since !== undefined;
}
