/**
 * Whole permalink responses (status, headers and HTML), kept per document, store revision and
 * interface language, so a repeat request is answered without running the App Router at all.
 *
 * Each response must carry its own unpredictable CSP nonce, so the page cannot be replayed as
 * it was: an entry keeps the HTML and the policy header cut apart at the nonce the kept render
 * was given, and every response sewn back together puts a fresh one in every gap. The nonce is
 * 128 random bits in base64 (`newNonce`), so finding it in the page by accident, anywhere but
 * where the render put it, is out of reach.
 *
 * The revision is the store's change counter (`Store.changeCounter`, the same key
 * DocumentPageCache uses): an entry answers only while the counter still reads what it read
 * before the document was loaded for the kept render, so a correction, suggestion, summary or
 * deletion, by this instance or another on the same database, is in the very next response.
 */

/** One response as it was rendered, ready to be given a new nonce. */
export interface KeptResponse {
  status: number;
  /** Every header of the response but the policy and those of the message's framing. */
  headers: readonly (readonly [name: string, value: string])[];
  /** The Content-Security-Policy header cut at its nonce (at least two parts). */
  policyParts: readonly string[];
  /** The HTML (UTF-8) cut at the nonce (at least two parts: the nonce is in it at least once). */
  bodyParts: readonly Buffer[];
}

interface Entry {
  counter: number;
  response: KeptResponse;
  bytes: number;
}

/** Cuts `text` at every occurrence of `nonce`; one part when it does not occur. */
export function cutAtNonce(text: Buffer, nonce: string): Buffer[] {
  const needle = Buffer.from(nonce, "utf8");
  const parts: Buffer[] = [];
  let start = 0;
  for (;;) {
    const found = text.indexOf(needle, start);
    if (found === -1) break;
    parts.push(text.subarray(start, found));
    start = found + needle.length;
  }
  parts.push(text.subarray(start));
  return parts;
}

/** The kept HTML and policy with `nonce` in every place the kept render's nonce was. */
export function withNonce(response: KeptResponse, nonce: string): { body: Buffer; policy: string } {
  const needle = Buffer.from(nonce, "utf8");
  const pieces: Buffer[] = [];
  response.bodyParts.forEach((part, index) => {
    if (index > 0) pieces.push(needle);
    pieces.push(part);
  });
  return { body: Buffer.concat(pieces), policy: response.policyParts.join(nonce) };
}

function sizeOf(response: KeptResponse): number {
  let bytes = 0;
  for (const part of response.bodyParts) bytes += part.length;
  for (const part of response.policyParts) bytes += part.length * 2;
  for (const [name, value] of response.headers) bytes += (name.length + value.length) * 2;
  // The entry, its key and the arrays around the parts.
  return bytes + 512;
}

export class PermalinkResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly budgetBytes = 16 * 1024 * 1024) {}

  /**
   * The response kept for this document in this interface language, if it was rendered at
   * `counter` (the change counter read for this request). An entry of another counter is
   * dropped: the counter only grows, so it can never answer again.
   */
  get(documentId: string, language: string, counter: number): KeptResponse | undefined {
    const key = keyOf(documentId, language);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.counter !== counter) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.entries.set(key, entry);
    return entry.response;
  }

  /** Keeps a response rendered for this document and language at `counter`. */
  set(documentId: string, language: string, counter: number, response: KeptResponse): void {
    const key = keyOf(documentId, language);
    const held = this.entries.get(key);
    // A render that read an older counter than the one already kept is not the newer page.
    if (held !== undefined && held.counter > counter) return;
    this.forget(key);
    const bytes = sizeOf(response);
    // A page larger than a quarter of the budget would push out too much; it is not kept.
    if (bytes > this.budgetBytes / 4) return;
    this.entries.set(key, { counter, response, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.forget(oldest);
    }
  }

  /** How many responses are held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes counted against the budget. */
  get heldBytes(): number {
    return this.bytes;
  }

  private forget(key: string) {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

function keyOf(documentId: string, language: string): string {
  // Neither a document id nor a language code contains a space.
  return `${documentId} ${language}`;
}
