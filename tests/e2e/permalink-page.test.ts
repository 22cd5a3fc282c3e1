import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UI_LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { startAppServer, type AppServer } from "./support/app-server";

/**
 * The permalink page as the server sends it, before any script runs. After the first render of
 * a revision the whole response is kept per document revision and interface language and
 * answered by server.mjs (lib/server/permalink-responses.ts) with a fresh nonce, so a
 * correction, another interface language, a deletion and a text that looks like markup each
 * must show in the next response exactly as they are, and every response must carry its own
 * nonce, in its policy and in every script, with the headers of a rendered response.
 */
describe("the permalink page's server HTML", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function save(): Promise<{ id: string; editKey: string }> {
    const response = await fetch(`${server.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        source: "hi",
        target: "en",
        engine: "gloss",
        paragraphs: [
          { source: "बाज़ार में दाम बढ़े।", translation: "Prices rose in the market.", engine: "gloss" },
          {
            source: "किसानों ने कहा कि बारिश कम हुई।",
            translation: `Farmers said <b>rain</b> & "hail" were low.`,
            engine: "gloss",
          },
        ],
      }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; editKey: string };
  }

  async function page(id: string, language = "en", headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/d/${id}`, {
      headers: { cookie: `${UI_LANGUAGE_COOKIE}=${language}`, ...headers },
    });
    expect(response.status).toBe(200);
    return {
      html: await response.text(),
      policy: response.headers.get("content-security-policy"),
      headers: response.headers,
    };
  }

  /** The nonce the response's policy names. */
  function policyNonce(policy: string | null): string | undefined {
    return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  }

  /** Every nonce in the HTML: script and style attributes, and those in the RSC payload. */
  function htmlNonces(html: string): string[] {
    return [...html.matchAll(/nonce(?:="|\\":\\")([^"\\]+)/g)].map((match) => match[1] ?? "");
  }

  /** Headers as a sorted list, without the nonce and those of the message's framing. */
  function comparable(headers: Headers): string[] {
    return [...headers]
      .filter(
        ([name]) =>
          !["date", "content-length", "transfer-encoding", "connection", "keep-alive"].includes(
            name,
          ),
      )
      .map(([name, value]) => `${name}: ${value.replace(/'nonce-[^']+'/, "'nonce-…'")}`)
      .sort();
  }

  it("shows a correction in the next response, never the revision before it", async () => {
    const saved = await save();
    // The first is rendered, the second kept, the third answered from what was kept.
    await page(saved.id);
    await page(saved.id);
    const before = await page(saved.id);
    expect(before.html).toContain(">Prices rose in the market.</p>");

    const corrected = await fetch(`${server.url}/api/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-edit-key": saved.editKey },
      body: JSON.stringify({
        documentId: saved.id,
        position: 0,
        text: "Market prices went up.",
        author: "Asha",
      }),
    });
    expect(corrected.status).toBe(201);

    const after = await page(saved.id);
    expect(after.html).toContain(">Market prices went up.</p>");
    expect(after.html).not.toContain("Prices rose in the market.");
  });

  it("renders the rows' text as text, with the row ids deep links need", async () => {
    const saved = await save();
    const { html } = await page(saved.id);
    expect(html).toContain('id="p-1"');
    expect(html).toContain("Farmers said &lt;b&gt;rain&lt;/b&gt; &amp; &quot;hail&quot; were low.");
    expect(html).not.toContain("<b>rain</b>");
  });

  it("labels the rows in each reader's interface language", async () => {
    const saved = await save();
    const english = await page(saved.id, "en");
    const hindi = await page(saved.id, "hi");
    const englishAgain = await page(saved.id, "en");
    // Kept by now in both languages: each reader still gets their own.
    const hindiAgain = await page(saved.id, "hi");
    const hindiByHeader = await fetch(`${server.url}/d/${saved.id}`, {
      headers: { "accept-language": "hi-IN,hi;q=0.9" },
    }).then((response) => response.text());
    const englishByDefault = await fetch(`${server.url}/d/${saved.id}`).then((response) =>
      response.text(),
    );
    expect(english.html).toContain('aria-label="Paragraph 2"');
    expect(hindi.html).toContain('aria-label="अनुच्छेद 2"');
    expect(hindi.html).not.toContain('aria-label="Paragraph 2"');
    for (const html of [englishAgain.html, englishByDefault]) {
      expect(html).toContain('<html lang="en"');
      expect(html).toContain('aria-label="Paragraph 2"');
    }
    for (const html of [hindiAgain.html, hindiByHeader]) {
      expect(html).toContain('<html lang="hi"');
      expect(html).toContain('aria-label="अनुच्छेद 2"');
      expect(html).not.toContain('aria-label="Paragraph 2"');
    }
  });

  it("answers 404 for a missing document every time, and for a deleted one at once", async () => {
    const missing = "AAAAAAAAAAAAAAAAAAAAAA";
    for (let index = 0; index < 3; index += 1)
      expect((await fetch(`${server.url}/d/${missing}`)).status).toBe(404);

    const saved = await save();
    for (let index = 0; index < 3; index += 1) await page(saved.id);
    const deleted = await fetch(`${server.url}/api/documents/${saved.id}`, {
      method: "DELETE",
      headers: { "x-edit-key": saved.editKey },
    });
    expect(deleted.ok).toBe(true);
    for (let index = 0; index < 2; index += 1) {
      const response = await fetch(`${server.url}/d/${saved.id}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Prices rose in the market.");
    }
  });

  it("gives every response its own script nonce, the one its policy names", async () => {
    const saved = await save();
    const nonces = [];
    // The first is rendered, the second kept, the rest answered from what was kept.
    for (let index = 0; index < 4; index += 1) {
      const response = await page(saved.id);
      const nonce = policyNonce(response.policy);
      expect(nonce).toBeDefined();
      const inPage = htmlNonces(response.html);
      // Scripts, the stylesheet and the RSC payload's preloads all carry it, and nothing else.
      expect(inPage.length).toBeGreaterThan(5);
      expect(new Set(inPage)).toEqual(new Set([nonce]));
      for (const earlier of nonces) expect(response.html).not.toContain(earlier);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("answers a repeat with the headers of a rendered response, compressed or not", async () => {
    const saved = await save();
    // A document's first request is always rendered: nothing is kept for it yet.
    const identity = { "accept-encoding": "identity" };
    const rendered = await page(saved.id, "en", identity);
    const renderedGzip = await page(saved.id, "en", { "accept-encoding": "gzip" });
    for (let index = 0; index < 2; index += 1) {
      const plain = await page(saved.id, "en", identity);
      expect(comparable(plain.headers)).toEqual(comparable(rendered.headers));
      expect(plain.headers.get("content-encoding")).toBeNull();
      const gzip = await page(saved.id, "en", { "accept-encoding": "gzip" });
      expect(comparable(gzip.headers)).toEqual(comparable(renderedGzip.headers));
      expect(gzip.headers.get("content-encoding")).toBe("gzip");
    }
    expect(rendered.headers.get("cache-control")).toContain("no-store");
    expect(rendered.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers HEAD and conditional requests as a rendered page does", async () => {
    const saved = await save();
    const identity = { "accept-encoding": "identity" };
    const first = await page(saved.id, "en", identity);
    await page(saved.id, "en", identity);
    const head = await fetch(`${server.url}/d/${saved.id}`, { method: "HEAD", headers: identity });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(comparable(head.headers)).toEqual(comparable(first.headers));
    // The page has no validators (no ETag, no Last-Modified), so a conditional GET gets it whole.
    expect(first.headers.get("etag")).toBeNull();
    const conditional = await page(saved.id, "en", {
      "if-none-match": "*",
      "if-modified-since": new Date().toUTCString(),
    });
    expect(conditional.html).toContain(">Prices rose in the market.</p>");
  });
});
