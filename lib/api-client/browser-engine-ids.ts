/**
 * Ids of the engines that run in the reader's browser. Kept apart from the engines themselves so
 * that checking an id does not load their code. The server never executes these ids: its
 * registry has no such engines, so a request naming one is refused like any unknown engine.
 */
export const CHROME_ENGINE_ID = "chrome:default";
export const ON_DEVICE_ENGINE_ID = "on-device:bergamot-tiny";

const BROWSER_FAMILIES = ["chrome", "on-device"];

/** Whether an engine id (`engine` or `engine:model`) names an engine that runs in the browser. */
export function isBrowserEngine(id: string): boolean {
  const family = id.split(":", 1)[0]?.trim() ?? "";
  return BROWSER_FAMILIES.includes(family);
}

/** The browser engine's full id for `chrome` or `chrome:default` style ids. */
export function browserEngineFamily(id: string): "chrome" | "on-device" | undefined {
  const family = id.split(":", 1)[0]?.trim();
  return family === "chrome" || family === "on-device" ? family : undefined;
}
