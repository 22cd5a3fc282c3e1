"use client";

import { useT } from "@/lib/i18n/client";
import { KeepInBrowserSwitch } from "./keep-in-browser-switch";

/**
 * "Don't save this article", and plainly what goes to the server with the engine in use: the
 * text for translation (server engines only), a copy for the permalink, the summary.
 */
export function PrivacySwitch(props: { browserEngineName: string | null }) {
  const { t } = useT();
  const browser = props.browserEngineName !== null;
  return (
    <KeepInBrowserSwitch
      label={t("engines.privacy.dontSave")}
      statement={(keep) => (
        <>
          {browser
            ? t("engines.privacy.browserEngine", { engine: props.browserEngineName })
            : t("engines.privacy.serverEngine")}{" "}
          {keep ? t("engines.privacy.notSaving") : t("engines.privacy.saving")}{" "}
          {keep || browser
            ? t("engines.privacy.summaryBrowser")
            : t("engines.privacy.summaryServer")}
          {browser && !keep ? ` ${t("engines.privacy.fallback")}` : ""}
        </>
      )}
    />
  );
}
