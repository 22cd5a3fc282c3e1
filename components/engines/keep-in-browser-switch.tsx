"use client";

import { useId, useSyncExternalStore, type ReactNode } from "react";
import {
  keepArticlesInBrowserSnapshot,
  setKeepArticlesInBrowser,
  subscribeKeepArticlesInBrowser,
} from "@/lib/api-client/browser-privacy";

/** The reader's "Don't save this article" switch, from any component. */
export function useKeepArticlesInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeKeepArticlesInBrowser,
    keepArticlesInBrowserSnapshot,
    () => false,
  );
}

/**
 * The "Don't save this article" switch and its statement, with words given by the caller: kept
 * free of i18next so that the home page's form can show it before the reader has loaded.
 */
export function KeepInBrowserSwitch({
  label,
  statement,
}: {
  label: string;
  /** What goes to the server, given whether the switch is on. */
  statement: (keep: boolean) => ReactNode;
}) {
  const id = useId();
  const keep = useKeepArticlesInBrowser();
  return (
    <div className="space-y-1 text-sm text-stone-700 dark:text-stone-300">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={keep}
          onChange={(event) => setKeepArticlesInBrowser(event.target.checked)}
          className="h-4 w-4 accent-sky-800"
        />
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
      </div>
      <p data-testid="privacy-statement">{statement(keep)}</p>
    </div>
  );
}
