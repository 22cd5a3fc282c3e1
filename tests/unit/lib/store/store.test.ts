import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isDocumentId } from "@/lib/store/document-id";
import { StoreError } from "@/lib/store/errors";
import { memoryKey } from "@/lib/text/keys";
import { openPostgresStore } from "@/lib/store/postgres-store";
import { openSqliteStore } from "@/lib/store/sqlite-store";
import type { Store, NewDocument, NewRevision } from "@/lib/store/store-spec";
import {
  createScratchDatabase,
  makeReadOnly,
  POSTGRES_SKIP_REASON,
  scratchFolder,
  TEST_DATABASE_URL,
} from "../../../support/databases";

const DOCUMENT: NewDocument = {
  title: "बाढ़ के बाद गाँव",
  byline: "संवाददाता",
  sourceUrl: "https://example.test/news/1",
  source: "hi",
  target: "en",
  engine: "gloss",
  paragraphs: [
    {
      source: "गाँव में पानी भर गया।",
      translation: "Water filled the village.",
      engine: "gloss:default",
      fallback: false,
      sentences: [{ source: [0, 21], target: [0, 25] }],
      factIssues: [],
    },
    {
      source: "स्कूल बंद रहे।",
      translation: null,
      engine: "libretranslate:default",
      fallback: false,
      sentences: [],
    },
    {
      source: "सड़कें टूट गईं।",
      translation: "Roads broke.",
      engine: "gloss:default",
      fallback: true,
      sentences: [],
      // The fact check's findings come back as saved; a paragraph saved without them has none.
      factIssues: [{ kind: "number", source: "525", translation: null }],
    },
  ],
  summaries: [
    { language: "hi", method: "extractive", bullets: [{ source: "गाँव में पानी भर गया।" }] },
  ],
  editKeyHash: "ab".repeat(32),
};

function revision(text: string, overrides: Partial<NewRevision> = {}): NewRevision {
  const sourceText = "गाँव में पानी भर गया।";
  return {
    kind: "correction",
    memoryKey: memoryKey("hi", "en", sourceText),
    source: "hi",
    target: "en",
    sourceText,
    text,
    previousText: "Water filled the village.",
    baseRevisionId: null,
    author: null,
    documentId: null,
    position: null,
    ...overrides,
  };
}

interface Backend {
  name: string;
  skip: boolean;
  /** Opens a store on a fresh database; a second call opens another instance on the same one. */
  setup: () => Promise<{ open: () => Promise<Store>; teardown: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "SQLite",
    skip: false,
    setup: async () => {
      const scratch = scratchFolder();
      const file = path.join(scratch.folder, "nested", "store.db");
      return {
        open: () => openSqliteStore({ file }),
        teardown: () => Promise.resolve(scratch.remove()),
      };
    },
  },
  {
    name: TEST_DATABASE_URL ? "PostgreSQL" : `PostgreSQL (${POSTGRES_SKIP_REASON})`,
    skip: !TEST_DATABASE_URL,
    setup: async () => {
      const database = await createScratchDatabase();
      return {
        open: () => openPostgresStore({ url: database.url, maxConnections: 4 }),
        teardown: database.drop,
      };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`document store on ${backend.name}`, () => {
    const opened: Store[] = [];
    let teardown: (() => Promise<void>) | undefined;

    async function open(): Promise<Store> {
      if (!teardown) {
        const setup = await backend.setup();
        teardown = setup.teardown;
        openStore = setup.open;
      }
      const store = await openStore();
      opened.push(store);
      return store;
    }
    let openStore: () => Promise<Store> = () => Promise.reject(new Error("no setup"));

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await teardown?.();
      teardown = undefined;
    });

    it("saves a document and reads back every paragraph, flag and summary in order", async () => {
      const store = await open();
      const saved = await store.createDocument(DOCUMENT);
      expect(isDocumentId(saved.id)).toBe(true);
      const loaded = await store.getDocument(saved.id);
      expect(loaded).toMatchObject({
        id: saved.id,
        title: DOCUMENT.title,
        byline: DOCUMENT.byline,
        sourceUrl: DOCUMENT.sourceUrl,
        source: "hi",
        target: "en",
        engine: "gloss",
      });
      expect(loaded?.paragraphs).toEqual(DOCUMENT.paragraphs);
      expect(loaded?.summaries).toEqual(DOCUMENT.summaries);
      expect(Date.parse(loaded?.createdAt ?? "")).not.toBeNaN();
    });

    it("keeps which rows continue the paragraph before (a long paragraph read in rows)", async () => {
      const store = await open();
      const [first, second, third] = DOCUMENT.paragraphs;
      const saved = await store.createDocument({
        ...DOCUMENT,
        paragraphs: [
          // A first row cannot continue anything; the flag is dropped there.
          { ...first!, continues: true },
          { ...second!, continues: true },
          { ...third!, continues: false },
        ],
      });
      const loaded = await store.getDocument(saved.id);
      expect(loaded?.paragraphs.map((paragraph) => paragraph.continues === true)).toEqual([
        false,
        true,
        false,
      ]);
    });

    it("counts every write that changes what a saved document shows, and only those", async () => {
      const store = await open();
      const start = await store.changeCounter();
      const saved = await store.createDocument(DOCUMENT);
      const other = await store.createDocument(DOCUMENT);
      // A new document changes no other document's view: pages cached so far stay valid.
      expect(await store.changeCounter()).toBe(start);
      await store.addRevision(revision("A correction.", { documentId: other.id, position: 0 }));
      const afterRevision = await store.changeCounter();
      expect(afterRevision).toBeGreaterThan(start);
      await store.saveSummary(saved.id, { language: "en", method: "extractive", bullets: [] });
      const afterSummary = await store.changeCounter();
      expect(afterSummary).toBeGreaterThan(afterRevision);
      expect(await store.deleteDocument(other.id)).toBe(true);
      const afterDelete = await store.changeCounter();
      expect(afterDelete).toBeGreaterThan(afterSummary);
      // Nothing deleted, nothing changed.
      expect(await store.deleteDocument(other.id)).toBe(false);
      expect(await store.changeCounter()).toBe(afterDelete);
      // Every instance on the database sees the same counter.
      const second = await open();
      expect(await second.changeCounter()).toBe(afterDelete);
    });

    it("gives every document its own id and answers undefined for an unknown one", async () => {
      const store = await open();
      const first = await store.createDocument(DOCUMENT);
      const second = await store.createDocument(DOCUMENT);
      expect(first.id).not.toBe(second.id);
      expect(await store.getDocument("AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    });

    it("keeps a 600-paragraph document whole (more rows than one insert statement)", async () => {
      const store = await open();
      const paragraphs = Array.from({ length: 600 }, (_, index) => ({
        source: `अनुच्छेद ${index}`,
        translation: `Paragraph ${index}`,
        engine: "gloss:default",
        fallback: false,
        sentences: [],
      }));
      const saved = await store.createDocument({ ...DOCUMENT, paragraphs, summaries: [] });
      const loaded = await store.getDocument(saved.id);
      expect(loaded?.paragraphs.map((paragraph) => paragraph.translation)).toEqual(
        paragraphs.map((paragraph) => paragraph.translation),
      );
    });

    it("replaces a summary per language and refuses one for a missing document", async () => {
      const store = await open();
      const saved = await store.createDocument(DOCUMENT);
      await store.saveSummary(saved.id, { language: "hi", method: "llm", bullets: [1, 2] });
      await store.saveSummary(saved.id, { language: "en", method: "extractive", bullets: [3] });
      const loaded = await store.getDocument(saved.id);
      expect(loaded?.summaries).toEqual([
        { language: "en", method: "extractive", bullets: [3] },
        { language: "hi", method: "llm", bullets: [1, 2] },
      ]);
      await expect(
        store.saveSummary("BBBBBBBBBBBBBBBBBBBBBB", { language: "hi", method: "llm", bullets: [] }),
      ).rejects.toMatchObject({ code: "store_not_found" });
    });

    it("keeps engine translations by cache key, first value wins, across 1,200 keys", async () => {
      const store = await open();
      const entries = Array.from({ length: 1_200 }, (_, index) => ({
        key: `gloss\u0000default\u0000hi-en\u0000${index}`,
        value: { translation: `T${index}`, engine: "gloss:default", sentences: [] },
      }));
      await store.putTranslations(entries);
      await store.putTranslations([
        { key: entries[0]!.key, value: { translation: "changed", engine: "x", sentences: [] } },
      ]);
      const found = await store.getTranslations([...entries.map((entry) => entry.key), "missing"]);
      expect(found.size).toBe(1_200);
      expect(found.get(entries[0]!.key)?.translation).toBe("T0");
      expect(found.get(entries[1_199]!.key)?.translation).toBe("T1199");
      expect(found.has("missing")).toBe(false);
    });

    it("shares documents, translations and revisions between two instances on one database", async () => {
      const first = await open();
      const second = await open();
      const saved = await first.createDocument(DOCUMENT);
      await first.putTranslations([
        { key: "k", value: { translation: "t", engine: "gloss:default", sentences: [] } },
      ]);
      await first.addRevision(
        revision("Floodwater filled the village.", { documentId: saved.id, position: 0 }),
      );
      expect((await second.getDocument(saved.id))?.title).toBe(DOCUMENT.title);
      expect((await second.getTranslations(["k"])).get("k")?.translation).toBe("t");
      const latest = await second.latestRevisions([revision("").memoryKey], {
        kind: "correction",
        documentId: saved.id,
      });
      expect(latest.get(revision("").memoryKey)?.text).toBe("Floodwater filled the village.");
      expect(await second.getEditKeyHash(saved.id)).toBe(DOCUMENT.editKeyHash);
    });

    it("keeps every revision, oldest first, and the latest per paragraph is current", async () => {
      const store = await open();
      const { id } = await store.createDocument(DOCUMENT);
      const inDocument = { documentId: id, position: 0 };
      const first = await store.addRevision(revision("One", { author: "Asha", ...inDocument }));
      const second = await store.addRevision(
        revision("Two", { baseRevisionId: first.revision.id, previousText: "One", ...inDocument }),
      );
      const otherKey = memoryKey("hi", "en", "दूसरा");
      await store.addRevision(
        revision("Other", { memoryKey: otherKey, sourceText: "दूसरा", documentId: id, position: 1 }),
      );
      expect(first.conflict).toBe(false);
      expect(second.conflict).toBe(false);
      const history = await store.listRevisions(id, 0);
      expect(history.map((item) => [item.text, item.previousText, item.author])).toEqual([
        ["One", "Water filled the village.", "Asha"],
        ["Two", "One", null],
      ]);
      const latest = await store.latestRevisions([revision("").memoryKey, otherKey, "none"], {
        kind: "correction",
      });
      expect(latest.get(revision("").memoryKey)?.text).toBe("Two");
      expect(latest.get(otherKey)?.text).toBe("Other");
      expect(latest.has("none")).toBe(false);
    });

    it("keeps corrections and suggestions apart, per document, and deletes a document whole", async () => {
      const store = await open();
      const mine = await store.createDocument(DOCUMENT);
      const theirs = await store.createDocument({ ...DOCUMENT, editKeyHash: null });
      const key = revision("").memoryKey;
      await store.addRevision(revision("Mine", { documentId: mine.id, position: 0 }));
      await store.addRevision(revision("Theirs", { documentId: theirs.id, position: 0 }));
      const proposed = await store.addRevision(
        revision("Proposed", { kind: "suggestion", documentId: mine.id, position: 0 }),
      );
      expect(proposed.revision.kind).toBe("suggestion");
      expect(proposed.conflict).toBe(false);
      const own = await store.latestRevisions([key], { kind: "correction", documentId: mine.id });
      expect(own.get(key)?.text).toBe("Mine");
      const others = await store.latestRevisions([key], {
        kind: "correction",
        excludeDocumentId: mine.id,
      });
      expect(others.get(key)?.text).toBe("Theirs");
      const suggested = await store.latestRevisions([key], {
        kind: "suggestion",
        documentId: mine.id,
      });
      expect(suggested.get(key)?.text).toBe("Proposed");
      expect((await store.listRevisions(mine.id, 0)).map((item) => item.kind)).toEqual([
        "correction",
        "suggestion",
      ]);
      expect(await store.getEditKeyHash(theirs.id)).toBeNull();
      expect(await store.getEditKeyHash("A".repeat(22))).toBeUndefined();

      expect(await store.deleteDocument(mine.id)).toBe(true);
      expect(await store.getDocument(mine.id)).toBeUndefined();
      expect(await store.listRevisions(mine.id, 0)).toEqual([]);
      expect(await store.deleteDocument(mine.id)).toBe(false);
      expect((await store.getDocument(theirs.id))?.paragraphs).toHaveLength(3);
    });

    it("keeps both of two edits made at once, shows the later and flags the conflict", async () => {
      const store = await open();
      const { id } = await store.createDocument(DOCUMENT);
      const inDocument = { documentId: id, position: 0 };
      const base = await store.addRevision(revision("Base", inDocument));
      const results = await Promise.all(
        ["Edit A", "Edit B"].map((text) =>
          store.addRevision(revision(text, { baseRevisionId: base.revision.id, ...inDocument })),
        ),
      );
      const history = await store.listRevisions(id, 0);
      expect(history.map((item) => item.text).sort()).toEqual(["Base", "Edit A", "Edit B"]);
      const later = results.reduce((a, b) => (a.revision.id > b.revision.id ? a : b));
      const latest = await store.latestRevisions([revision("").memoryKey], {
        kind: "correction",
        documentId: id,
      });
      expect(latest.get(revision("").memoryKey)?.id).toBe(later.revision.id);
      expect(later.conflict).toBe(true);
    });

    it("migrates once: reopening the same database keeps its data", async () => {
      const store = await open();
      const saved = await store.createDocument(DOCUMENT);
      await store.close();
      opened.splice(opened.indexOf(store), 1);
      const again = await open();
      expect((await again.getDocument(saved.id))?.paragraphs).toHaveLength(3);
    });
  });
}

describe("SQLite store on a read-only file", () => {
  it("still reads saved documents and refuses a save with store_read_only", async (context) => {
    const scratch = scratchFolder();
    try {
      const file = path.join(scratch.folder, "store.db");
      const writable = await openSqliteStore({ file });
      const saved = await writable.createDocument(DOCUMENT);
      await writable.close();
      // The WAL checkpoint on close leaves everything in the main file.
      if (!makeReadOnly(file)) {
        context.skip("this machine cannot make a file read-only");
      }
      const store = await openSqliteStore({ file });
      expect((await store.getDocument(saved.id))?.title).toBe(DOCUMENT.title);
      const error = await store.createDocument(DOCUMENT).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: "store_read_only" });
      await store.close();
    } finally {
      scratch.remove();
    }
  });
});

describe("PostgreSQL store when the server is down", () => {
  it("fails to open with store_unavailable within the connection timeout", async () => {
    const error = await openPostgresStore({ url: "postgres://postgres@127.0.0.1:1/test" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: "store_unavailable", isRetryable: true });
  });
});
