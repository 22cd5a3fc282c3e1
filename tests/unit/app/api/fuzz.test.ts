import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentExportHandler } from "@/app/api/documents/[id]/export/handler";
import {
  createDeleteDocumentHandler,
  createDocumentHandler,
} from "@/app/api/documents/[id]/handler";
import { createDocumentRevisionsHandler } from "@/app/api/documents/[id]/revisions/handler";
import { createDocumentSummaryHandler } from "@/app/api/documents/[id]/summary/handler";
import { createDocumentsHandler } from "@/app/api/documents/handler";
import { createHealthHandler } from "@/app/api/health/handler";
import { createImportHandler } from "@/app/api/import/handler";
import { createRevisionsHandlers } from "@/app/api/revisions/handler";
import { createSummarizeHandler } from "@/app/api/summarize/handler";
import { createTranslateHandler } from "@/app/api/translate/handler";
import type { ApiSavedDocument } from "@/lib/api/wire-types";
import type { AppServices } from "@/lib/server/app-services";
import { jsonRequest, testRuntime } from "@/tests/support/api";
import { createFakeEngine } from "@/tests/support/fake-engine";

/**
 * Generated bodies and ids for every endpoint: whatever arrives, the answer is below 500, an
 * error is the typed body { error: { code, message } }, nothing of the server's insides leaks
 * (stack frames, file paths, the database address, edit-key hashes), and the server still
 * answers afterwards.
 */

let runtime: AppServices;
let saved: ApiSavedDocument;
let editKeyHash: string;

beforeAll(async () => {
  const engine = createFakeEngine();
  runtime = testRuntime({
    env: { DEFAULT_ENGINE: "fake", IMPORT_ALLOW_LOOPBACK: "false" },
    engines: { fake: () => engine },
  });
  const response = await createDocumentsHandler(() => runtime)(
    jsonRequest("/api/documents", {
      source: "hi",
      target: "en",
      engine: "fake",
      paragraphs: [{ source: "नमस्ते।", translation: "Hello.", engine: "fake:default" }],
    }),
  );
  saved = (await response.json()) as ApiSavedDocument;
  editKeyHash = (await (await runtime.store.get()).getEditKeyHash(saved.id)) ?? "";
});

afterAll(async () => {
  await runtime.store.close();
});

async function expectSafe(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  const text = await response.text();
  for (const leak of [/\n\s+at /, /\/work\//, /node_modules/, runtime.env.DATA_DIR, editKeyHash]) {
    if (typeof leak === "string") expect(text).not.toContain(leak);
    else expect(text).not.toMatch(leak);
  }
  if (response.status >= 400) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code).toBe("string");
    expect(typeof body.error?.message).toBe("string");
  }
}

// Bodies: arbitrary JSON, objects shaped almost like the real ones, and raw garbage.
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const text = fc.string({ unit: "binary", maxLength: 60 });
const nearlyTranslate = fc.record(
  {
    text: fc.oneof(text, fc.constant("नमस्ते।")),
    paragraphs: fc.array(text, { maxLength: 4 }),
    source: fc.constantFrom("hi", "en", "auto", "fr", 1, null),
    target: fc.constantFrom("hi", "en", "xx", null),
    engine: fc.oneof(
      fc.constantFrom("fake", "gloss", "auto", "local:../../etc/passwd", "openai:x", "fake:"),
      text,
    ),
  },
  { requiredKeys: [] },
);
const nearlyRevision = fc.record(
  {
    documentId: fc.oneof(fc.constant("SAVED"), text),
    position: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), text),
    text: fc.oneof(text, fc.constant("Fixed.")),
    suggest: fc.oneof(fc.boolean(), text),
    author: fc.oneof(text, fc.constant(null)),
    sourceText: text,
  },
  { requiredKeys: [] },
);
const nearlyDocument = fc.record(
  {
    source: fc.constantFrom("hi", "en", "x"),
    target: fc.constantFrom("hi", "en"),
    engine: text,
    title: fc.oneof(text, fc.constant(null)),
    sourceUrl: fc.oneof(text, fc.constant("javascript:alert(1)"), fc.constant("https://a.test/>")),
    paragraphs: fc.array(
      fc.record(
        {
          source: text,
          translation: fc.oneof(text, fc.constant(null)),
          engine: text,
          sentences: fc.array(fc.tuple(fc.integer(), fc.integer())),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);
const body = (shaped: fc.Arbitrary<unknown>) =>
  fc.oneof(
    jsonValue.map((value) => JSON.stringify(value)),
    shaped.map((value) => JSON.stringify(value)),
    text,
  );
const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "multipart/form-data",
  "",
);
const id = fc.oneof(
  fc.constant("SAVED"),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  fc.constantFrom("%ff", "\u0000", "../../etc/passwd", "\uD800", "' or 1=1 --"),
);
const realId = (value: string) => (value === "SAVED" ? saved.id : value);
const editKey = fc.oneof(fc.constant(undefined), fc.constant("KEY"), text);
const keyHeader = (value: string | undefined): Record<string, string> => {
  if (value === undefined) return {};
  const key = value === "KEY" ? saved.editKey : value;
  // Header values cannot hold every character; such a key is simply not sent.
  return /^[\t\x20-\x7e]*$/.test(key) ? { "x-edit-key": key } : {};
};
const post = (url: string, payload: string, type: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { ...(type ? { "content-type": type } : {}), ...headers },
    body: payload,
  });
const params = (value: string) => ({ params: Promise.resolve({ id: value }) });
const RUNS = { numRuns: 40 };

describe("fuzzing every endpoint", () => {
  it("POST /api/translate", async () => {
    const handler = createTranslateHandler(() => runtime);
    await fc.assert(
      fc.asyncProperty(body(nearlyTranslate), contentType, async (payload, type) => {
        await expectSafe(await handler(post("/api/translate", payload, type)));
      }),
      RUNS,
    );
  });

  it("POST /api/summarize", async () => {
    const handler = createSummarizeHandler(() => runtime);
    await fc.assert(
      fc.asyncProperty(body(nearlyTranslate), contentType, async (payload, type) => {
        await expectSafe(await handler(post("/api/summarize", payload, type)));
      }),
      RUNS,
    );
  });

  it("POST /api/documents", async () => {
    const handler = createDocumentsHandler(() => runtime);
    await fc.assert(
      fc.asyncProperty(body(nearlyDocument), contentType, async (payload, type) => {
        await expectSafe(await handler(post("/api/documents", payload, type)));
      }),
      RUNS,
    );
  });

  it("POST /api/revisions", async () => {
    const handler = createRevisionsHandlers(() => runtime).POST;
    await fc.assert(
      fc.asyncProperty(body(nearlyRevision), editKey, async (payload, key) => {
        const withId = payload.replaceAll('"SAVED"', JSON.stringify(saved.id));
        await expectSafe(
          await handler(post("/api/revisions", withId, "application/json", keyHeader(key))),
        );
      }),
      RUNS,
    );
  });

  it("POST /api/import", async () => {
    const handler = createImportHandler(() => runtime);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          body(fc.record({ url: fc.oneof(text, fc.constant("http://127.0.0.1:1/")) })),
          fc.constant("--x\r\nContent-Disposition: form-data; name=file\r\n\r\nabc"),
        ),
        contentType,
        async (payload, type) => {
          await expectSafe(await handler(post("/api/import", payload, type)));
        },
      ),
      RUNS,
    );
  });

  it("the document routes with generated ids, keys and bodies", async () => {
    const get = createDocumentHandler(() => runtime);
    const remove = createDeleteDocumentHandler(() => runtime);
    const summary = createDocumentSummaryHandler(() => runtime);
    const history = createDocumentRevisionsHandler(() => runtime);
    const exported = createDocumentExportHandler(() => runtime);
    await fc.assert(
      fc.asyncProperty(
        id,
        editKey,
        body(fc.record({ method: text, bullets: fc.array(jsonValue) })),
        text,
        async (rawId, key, payload, query) => {
          const value = realId(rawId);
          const url = `http://localhost/api/documents/x`;
          await expectSafe(await get(new Request(url), params(value)));
          await expectSafe(
            await summary(
              new Request(url, {
                method: "PUT",
                headers: { "content-type": "application/json", ...keyHeader(key) },
                body: payload,
              }),
              params(value),
            ),
          );
          await expectSafe(
            await history(
              new Request(`${url}/revisions?position=${encodeURIComponent(query)}`),
              params(value),
            ),
          );
          await expectSafe(
            await exported(
              new Request(`${url}/export?format=${encodeURIComponent(query)}`),
              params(value),
            ),
          );
          // Never with the real key: the saved document must survive the run.
          if (key !== "KEY")
            await expectSafe(
              await remove(
                new Request(url, { method: "DELETE", headers: keyHeader(key) }),
                params(value),
              ),
            );
        },
      ),
      RUNS,
    );
  });

  it("still answers afterwards, with the saved document intact", async () => {
    const health = await createHealthHandler(() => runtime)();
    expect(health.status).toBe(200);
    const document = await createDocumentHandler(() => runtime)(
      new Request("http://localhost/api/documents/x"),
      params(saved.id),
    );
    expect(document.status).toBe(200);
  });
});
