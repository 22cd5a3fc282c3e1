/**
 * Whether an engine id names an engine that runs in the reader's browser. Kept apart from the
 * engines themselves so that checking an id does not load their code.
 */
export function isBrowserEngine(id: string): boolean {
  return id === "chrome" || id.startsWith("chrome:");
}
