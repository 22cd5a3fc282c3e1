"use client";

import { useId, useSyncExternalStore } from "react";
import {
  keepArticlesInBrowserSnapshot,
  setKeepArticlesInBrowser,
  subscribeKeepArticlesInBrowser,
} from "@/lib/api-client/browser-privacy";
import { useT } from "@/lib/i18n/client";

/** The reader's "Don't save this article" switch, from any component. */
export function useKeepArticlesInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeKeepArticlesInBrowser,
    keepArticlesInBrowserSnapshot,
    () => false,
  );
}

/**
 * "Don't save this article", and plainly what goes to the server with the engine in use: the
 * text for translation (server engines only), a copy for the permalink, the summary.
 */
export function PrivacySwitch(props: { browserEngineName: string | null }) {
  const { t } = useT();
  const id = useId();
  const keep = useKeepArticlesInBrowser();
  const browser = props.browserEngineName !== null;
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
          {t("engines.privacy.dontSave")}
        </label>
      </div>
      <p data-testid="privacy-statement">
        {browser
          ? t("engines.privacy.browserEngine", { engine: props.browserEngineName })
          : t("engines.privacy.serverEngine")}{" "}
        {keep ? t("engines.privacy.notSaving") : t("engines.privacy.saving")}{" "}
        {keep || browser ? t("engines.privacy.summaryBrowser") : t("engines.privacy.summaryServer")}
        {browser && !keep ? ` ${t("engines.privacy.fallback")}` : ""}
      </p>
    </div>
  );
}
