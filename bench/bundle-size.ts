import { gzipSync } from "node:zlib";

/** Gzipped bytes of the JavaScript a page loads on first visit (every script tag it references). */
export async function firstLoadJs(
  url: string,
  pagePath: string,
): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(new URL(pagePath, url))).text();
  // Legacy polyfills load with nomodule, which current browsers neither download nor run.
  const sources = new Set(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .filter((match) => !/nomodule/i.test(match[0]))
      .map((match) => /src="([^"]+)"/.exec(match[0])?.[1])
      .filter((source): source is string => source !== undefined),
  );
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, files: sources.size };
}
