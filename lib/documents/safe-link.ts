/**
 * An address that may become a link: http or https only, in the URL parser's serialisation
 * (which percent-encodes spaces, quotes and angle brackets). Anything else is not linked at all,
 * so a stored address can never turn into a `javascript:` link or break out of its markup.
 */
export function safeLinkTarget(address: string | null | undefined): string | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.href.replace(/[<>"'`\s\\]/g, (character) =>
    encodeURIComponent(character).replace(/'/g, "%27"),
  );
}
