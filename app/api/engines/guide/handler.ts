import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * GET /api/engines/guide: the README's "Engines" section as Markdown, for the site's operator
 * (the reader's draft notice links here rather than telling readers which variables to set).
 */
export function createEngineGuideHandler(readme = path.join(process.cwd(), "README.md")) {
  return async function GET(): Promise<Response> {
    let text: string;
    try {
      text = await readFile(readme, "utf8");
    } catch {
      return new Response("The engine guide is in the project's README, section Engines.\n", {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    const start = text.indexOf("\n## Engines");
    const end = start === -1 ? -1 : text.indexOf("\n## ", start + 1);
    const section = start === -1 ? text : text.slice(start + 1, end === -1 ? undefined : end);
    return new Response(section, {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" },
    });
  };
}
