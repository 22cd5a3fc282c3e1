import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { rawRequest } from "./support/raw-request";

/**
 * A hostile client against the production server (server.mjs over the built app), one test per
 * attack from issue 12, each showing the attack no longer works.
 */

/** An HTTP request from a chosen loopback address, so the server sees different clients. */
async function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const reply = await rawRequest(url, { ...options, localAddress });
  return { ...reply, body: reply.body.toString("utf8") };
}

const translateBody = JSON.stringify({ text: "नमस्ते दुनिया।", engine: "gloss" });
const json = { "content-type": "application/json" };

describe("rate limits per real client, without a proxy", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "5" });
  }, 90_000);
  afterAll(() => server.stop());

  it("one client's burst does not lock out another client", async () => {
    const url = `${server.url}/api/translate`;
    const burst = [];
    for (let index = 0; index < 8; index += 1)
      burst.push(
        await requestFrom("127.0.0.2", url, { method: "POST", headers: json, body: translateBody }),
      );
    expect(burst.map((reply) => reply.status)).toContain(429);
    const other = await requestFrom("127.0.0.3", url, {
      method: "POST",
      headers: json,
      body: translateBody,
    });
    expect(other.status).toBe(200);
  });

  it("ignores a client's own X-Forwarded-For and peer headers when no proxy is trusted", async () => {
    const url = `${server.url}/api/translate`;
    const statuses = [];
    for (let index = 0; index < 8; index += 1) {
      const reply = await requestFrom("127.0.0.4", url, {
        method: "POST",
        headers: {
          ...json,
          "x-forwarded-for": `10.1.0.${index}`,
          "x-dvibhashi-peer-address": `10.2.0.${index}`,
          "x-dvibhashi-peer-token": "x".repeat(48),
        },
        body: translateBody,
      });
      statuses.push(reply.status);
    }
    expect(statuses).toContain(429);
  });
});

describe("rate limits behind one trusted proxy", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ RATE_LIMIT_PER_MINUTE: "5", TRUST_PROXY: "1" });
  }, 90_000);
  afterAll(() => server.stop());

  it("rotating the leftmost X-Forwarded-For entry does not bypass the limit", async () => {
    const statuses = [];
    for (let index = 0; index < 8; index += 1) {
      // What the client wrote, then what the proxy appended: the client's real address.
      const response = await fetch(`${server.url}/api/translate`, {
        method: "POST",
        headers: { ...json, "x-forwarded-for": `198.18.0.${index}, 203.0.113.50` },
        body: translateBody,
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const other = await fetch(`${server.url}/api/translate`, {
      method: "POST",
      headers: { ...json, "x-forwarded-for": "203.0.113.51" },
      body: translateBody,
    });
    expect(other.status).toBe(200);
  });
});

describe("the rest of the attacks", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ OPENAI_BASE_URL: "http://127.0.0.1:9", OPENAI_MODEL: "m" });
  }, 90_000);
  afterAll(() => server.stop());

  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: "POST", headers: json, body: JSON.stringify(body) });

  it.each([
    "local:Xenova/nllb-200-distilled-600M",
    "local:facebook/nllb-200-3.3B",
    "local:../../../../etc/passwd",
    "openai:gpt-4o",
    "openai:../../x",
    "sarvam:not-a-model",
  ])("refuses the model of %s with 400 and the allowed ids", async (engine) => {
    const response = await post("/api/translate", { text: "नमस्ते।", engine });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("model_not_allowed");
    // The answer lists what the operator allows for that engine: for openai, OPENAI_MODEL.
    if (engine.startsWith("openai:")) expect(body.error.message).toMatch(/Allowed: .*openai:m\./);
    else expect(body.error.message).toMatch(/is not enabled on this server/);
  });

  it("refuses hundreds of distinct engine ids without building an engine for any", async () => {
    for (let batch = 0; batch < 10; batch += 1) {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          post("/api/translate", { text: "x", engine: `openai:model-${batch}-${index}` }).then(
            (response) => response.arrayBuffer(),
          ),
        ),
      );
    }
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const engines = (await (await fetch(`${server.url}/api/engines`)).json()) as {
      engines: { id: string }[];
    };
    expect(engines.engines.some((engine) => engine.id.includes("model-"))).toBe(false);
  }, 120_000);

  it.each(["%ff", "%00%ff", "%C0%AF", "%ED%A0%80", "%", "%zz"])(
    "answers 404 for the malformed id %s everywhere",
    async (id) => {
      for (const path of [
        `/api/documents/${id}`,
        `/api/documents/${id}/export?format=markdown`,
        `/api/documents/${id}/summary`,
      ]) {
        const response = await fetch(`${server.url}${path}`, {
          method: path.endsWith("/summary") ? "PUT" : "GET",
          headers: json,
          body: path.endsWith("/summary") ? "{}" : undefined,
        });
        expect(response.status, path).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          "not_found",
        );
      }
      const page = await fetch(`${server.url}/d/${id}`);
      expect(page.status).toBe(404);
    },
  );

  it("answers /api/health while a pathological gloss request is still running", async () => {
    let heavyDone = false;
    const heavy = post("/api/translate", {
      paragraphs: ["y. ".repeat(33_000)],
      source: "en",
      engine: "gloss",
    }).then(async (response) => {
      heavyDone = true;
      return response.status;
    });
    // Let the heavy request reach the worker pool first. Not much longer: the gloss now gets
    // through this text in about a quarter of a second, and health must answer before it does.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(heavyDone).toBe(false);
    // It may finish, be refused by the heavy-work gate (503), or run out its engine timeout
    // (502/504); what it may not do is hold up every other request.
    expect([200, 502, 503, 504]).toContain(await heavy);
  }, 600_000);

  it("sends a nonce-based Content-Security-Policy, Referrer-Policy and Permissions-Policy on pages", async () => {
    for (const path of ["/", "/d/AAAAAAAAAAAAAAAAAAAAAA", "/no/such/page"]) {
      const response = await fetch(`${server.url}${path}`);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy).toContain("object-src 'none'");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      const html = await response.text();
      // Every script the page carries has this response's nonce.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    }
  });
});

describe("capability links against a hostile client", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  }, 90_000);
  afterAll(() => server.stop());

  const call = (
    path: string,
    method: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { ...json, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  async function saveVictim() {
    const response = await call("/api/documents", "POST", {
      source: "hi",
      target: "en",
      engine: "gloss",
      paragraphs: [
        {
          source: "बाज़ार में दाम बढ़े।",
          translation: "Prices rose in the market.",
          engine: "gloss:default",
        },
      ],
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; editKey: string };
  }

  it("cannot rewrite someone else's document or the translation memory", async () => {
    const victim = await saveVictim();
    const attack = {
      documentId: victim.id,
      position: 0,
      sourceText: "बाज़ार में दाम बढ़े।",
      text: "FAKE NEWS: … visit http://evil.example",
      author: "Victim Name",
    };
    const refused = await call("/api/revisions", "POST", attack);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      "edit_key_required",
    );
    // The old anonymous form, with no document, is refused outright.
    const legacy = await call("/api/revisions", "POST", {
      source: "hi",
      target: "en",
      sourceText: "बाज़ार में दाम बढ़े।",
      text: "FAKE NEWS",
    });
    expect(legacy.status).toBe(400);
    // A suggestion is allowed but changes nothing anyone reads.
    expect((await call("/api/revisions", "POST", { ...attack, suggest: true })).status).toBe(201);
    const document = await (await fetch(`${server.url}/api/documents/${victim.id}`)).text();
    expect(JSON.parse(document).paragraphs[0].translation).toBe("Prices rose in the market.");
    const translated = await call("/api/translate", "POST", {
      paragraphs: ["बाज़ार में दाम बढ़े।"],
      engine: "gloss",
    });
    const body = (await translated.json()) as {
      paragraphs: { engine: string; translation: string }[];
    };
    expect(body.paragraphs[0]?.engine).not.toBe("memory");
    expect(body.paragraphs[0]?.translation).not.toContain("FAKE NEWS");
  });

  it("cannot find a document from a hash of its text, nor overwrite or delete it without the key", async () => {
    const victim = await saveVictim();
    const lookup = await fetch(`${server.url}/api/revisions?key=hi-en.20.0123456789abcdef`);
    expect(lookup.status).toBeGreaterThanOrEqual(400);
    expect(lookup.status).toBeLessThan(500);
    expect(await lookup.text()).not.toContain(victim.id);
    const overwrite = await call(`/api/documents/${victim.id}/summary`, "PUT", {
      method: "extractive",
      bullets: [],
    });
    expect(overwrite.status).toBe(403);
    const deleted = await call(`/api/documents/${victim.id}`, "DELETE", undefined, {
      "x-edit-key": "guessed-key-guessed-key-guessed-key-guessed",
    });
    expect(deleted.status).toBe(403);
    expect(((await deleted.json()) as { error: { code: string } }).error.code).toBe(
      "edit_key_invalid",
    );
    expect((await fetch(`${server.url}/api/documents/${victim.id}`)).status).toBe(200);
    // With the key, the owner can.
    const owned = await call(`/api/documents/${victim.id}`, "DELETE", undefined, {
      "x-edit-key": victim.editKey,
    });
    expect(owned.status).toBe(204);
  });
});

describe("during a database outage", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
  }, 90_000);
  afterAll(() => server.stop());

  it("a read says the database is unreachable, not that saving is impossible; /d/<id> is 503", async () => {
    const read = await fetch(`${server.url}/api/documents/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(read.status).toBe(503);
    const { error } = (await read.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("store_unavailable");
    expect(error.message).not.toMatch(/^Saving is not possible/);
    const page = await fetch(`${server.url}/d/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("10");
  });
});
