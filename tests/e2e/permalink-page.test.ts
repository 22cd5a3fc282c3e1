import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UI_LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { startAppServer, type AppServer } from "./support/app-server";

/**
 * The permalink page as the server sends it, before any script runs: its rows are kept per
 * document revision and interface language, so a correction, another interface language and
 * a text that looks like markup each must show in the next response exactly as they are.
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

  async function page(id: string, language = "en") {
    const response = await fetch(`${server.url}/d/${id}`, {
      headers: { cookie: `${UI_LANGUAGE_COOKIE}=${language}` },
    });
    expect(response.status).toBe(200);
    return { html: await response.text(), policy: response.headers.get("content-security-policy") };
  }

  it("shows a correction in the next response, never the revision before it", async () => {
    const saved = await save();
    // Twice, so the second response is the one served from what the first one kept.
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
    expect(english.html).toContain('aria-label="Paragraph 2"');
    expect(hindi.html).toContain('aria-label="अनुच्छेद 2"');
    expect(hindi.html).not.toContain('aria-label="Paragraph 2"');
    expect(englishAgain.html).toContain('aria-label="Paragraph 2"');
  });

  it("gives every response its own script nonce, the one its policy names", async () => {
    const saved = await save();
    const nonces = [];
    for (const response of [await page(saved.id), await page(saved.id)]) {
      const nonce = /'nonce-([^']+)'/.exec(response.policy ?? "")?.[1];
      expect(nonce).toBeDefined();
      expect(response.html).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
