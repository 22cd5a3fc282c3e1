import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Translator } from "@/components/reader/translator";
import { streamBrowserTranslation } from "@/lib/api-client/browser-translation";
import { I18nProvider } from "@/lib/i18n/client";
import { engineQueryOptions } from "@/lib/query/translation-queries";
import {
  createChromeEngine,
  type TranslatorApi,
} from "@/lib/translation/engines/chrome/chrome-engine";
import { translateDocument } from "@/lib/translation/orchestrator";

/** A stand-in for Chrome's Translator global with the documented shape. */
function fakeTranslatorApi(
  options: { state?: "available" | "downloadable" | "unavailable"; failOn?: string } = {},
) {
  const created: { sourceLanguage: string; targetLanguage: string }[] = [];
  const api: TranslatorApi = {
    availability: async () => options.state ?? "available",
    create: async ({ sourceLanguage, targetLanguage, monitor }) => {
      created.push({ sourceLanguage, targetLanguage });
      monitor?.({
        addEventListener: (_type, listener) => [0.5, 1].forEach((loaded) => listener({ loaded })),
      });
      return {
        translate: async (text: string) => {
          if (options.failOn && text.includes(options.failOn)) throw new Error("model crashed");
          return `(${targetLanguage}) ${text}`;
        },
      };
    },
  };
  return { api, created };
}

/** The providers the reader runs in: this test's query client, English interface strings. */
function readerWrapper(client: QueryClient) {
  return function ReaderWrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <I18nProvider language="en">{children}</I18nProvider>
      </QueryClientProvider>
    );
  };
}

afterEach(() => {
  delete (globalThis as { Translator?: unknown }).Translator;
  vi.restoreAllMocks();
});

describe("chrome engine", () => {
  it("translates paragraph by paragraph through the orchestrator and reports download progress", async () => {
    const { api, created } = fakeTranslatorApi();
    const progress: number[] = [];
    const engine = createChromeEngine({ translatorApi: api });
    await engine.prepare("hi", "en", { onDownloadProgress: (loaded) => progress.push(loaded) });
    const results = await translateDocument({
      engine,
      paragraphs: ["एक।", "दो।"],
      source: "hi",
      target: "en",
    });
    expect(results.map((result) => result.translation)).toEqual(["(en) एक।", "(en) दो।"]);
    expect(created).toEqual([{ sourceLanguage: "hi", targetLanguage: "en" }]);
    expect(progress).toEqual([0.5, 1]);
  });

  it("marks the paragraph the browser model fails on, and keeps the others", async () => {
    const { api } = fakeTranslatorApi({ failOn: "दो" });
    const engine = createChromeEngine({ translatorApi: api });
    const results = await translateDocument({
      engine,
      paragraphs: ["एक।", "दो।", "तीन।"],
      source: "hi",
      target: "en",
      maxRetries: 0,
    });
    expect(results.map((result) => result.error?.code ?? result.translation)).toEqual([
      "(en) एक।",
      "engine_failure",
      "(en) तीन।",
    ]);
  });

  it("is unavailable without the global or when the pair is unsupported", async () => {
    expect(await createChromeEngine().checkAvailability()).toMatchObject({ available: false });
    const { api } = fakeTranslatorApi({ state: "unavailable" });
    expect(await createChromeEngine({ translatorApi: api }).checkAvailability()).toMatchObject({
      available: false,
    });
  });

  it("streams in the server's NDJSON shape, ending with a done line", async () => {
    const { api } = fakeTranslatorApi();
    const chunks = [];
    for await (const chunk of streamBrowserTranslation(
      { paragraphs: ["एक।", "दो।"], source: "hi", target: "en", engine: "chrome:default" },
      undefined,
      { engine: createChromeEngine({ translatorApi: api }), fallback: null },
    )) {
      chunks.push(chunk);
    }
    const paragraphs = chunks.flatMap((chunk) => ("batch" in chunk ? chunk.batch : []));
    expect(paragraphs).toEqual([
      expect.objectContaining({ index: 0, translation: "(en) एक।", engine: "chrome:default" }),
      expect.objectContaining({ index: 1, translation: "(en) दो।" }),
    ]);
    expect(chunks.at(-1)).toEqual({ done: true });
  });

  it("glosses every paragraph as a fallback, and says why, when the translator cannot be created", async () => {
    const api: TranslatorApi = {
      availability: async () => "downloadable",
      create: async () => {
        throw new DOMException(
          "Requires a user gesture when availability is 'downloading' or 'downloadable'.",
          "NotAllowedError",
        );
      },
    };
    const fallback = {
      ...createChromeEngine({ translatorApi: fakeTranslatorApi().api }),
      engineId: "gloss",
      quality: "draft" as const,
    };
    const chunks = [];
    for await (const chunk of streamBrowserTranslation(
      { paragraphs: ["एक।", "दो।"], source: "hi", target: "en", engine: "chrome:default" },
      undefined,
      { engine: createChromeEngine({ translatorApi: api }), fallback },
    )) {
      chunks.push(chunk);
    }
    expect(chunks[0]).toEqual({
      warning: {
        code: "engine_unavailable",
        message: expect.stringContaining("did not allow its translator to download"),
      },
    });
    const paragraphs = chunks.flatMap((chunk) => ("batch" in chunk ? chunk.batch : []));
    expect(paragraphs.map((paragraph) => [paragraph.engine, paragraph.fallback])).toEqual([
      ["gloss:default", true],
      ["gloss:default", true],
    ]);
  });
});

describe("the reader with the browser's translator", () => {
  it("offers Chrome's translator only when the browser has it, and translates on the device", async () => {
    const { api } = fakeTranslatorApi();
    (globalThis as { Translator?: TranslatorApi }).Translator = api;
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    client.setQueryData(engineQueryOptions().queryKey, {
      default: "auto",
      automatic: [
        { source: "hi", target: "en", id: "gloss:default", quality: "draft" },
        { source: "en", target: "hi", id: "gloss:default", quality: "draft" },
      ],
      engines: [
        {
          id: "auto:default",
          engineId: "auto",
          modelId: "default",
          kind: "remote",
          quality: "full",
          languagePairs: [],
          limits: {
            maxCharactersPerRequest: 1,
            maxSegmentsPerRequest: 1,
            maxConcurrentRequests: 1,
          },
          available: true,
        },
        {
          id: "gloss:default",
          engineId: "gloss",
          modelId: "default",
          kind: "offline",
          quality: "draft",
          languagePairs: [],
          limits: {
            maxCharactersPerRequest: 1,
            maxSegmentsPerRequest: 1,
            maxConcurrentRequests: 1,
          },
          available: true,
        },
      ],
    });
    // The finished document is saved like any other; translating and the summary stay here.
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (url) => {
      if (String(url) === "/api/documents")
        return Response.json({ id: "DDDDDDDDDDDDDDDDDDDDDD", url: "/d/DDDDDDDDDDDDDDDDDDDDDD" });
      expect(String(url)).toBe("/api/engines/on-device");
      return Response.json({ version: "v", origin: "mozilla", licence: "MPL-2.0", files: [] });
    });
    const wrapper = readerWrapper(client);
    const user = userEvent.setup();
    render(<Translator />, { wrapper });

    const picker = screen.getByLabelText("Engine");
    await waitFor(() =>
      expect(
        within(picker).getByRole("option", { name: "Chrome on-device — full translation" }),
      ).toBeInTheDocument(),
    );
    await user.type(screen.getByLabelText("Article text"), "बारिश हुई।{enter}लोग खुश हैं।");
    await user.click(screen.getByRole("button", { name: "Translate" }));

    await screen.findByText("2 of 2 paragraphs");
    expect(
      within(screen.getByRole("group", { name: "Paragraph 1" })).getByText("(en) बारिश हुई।"),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText("Translated by Chrome built-in translator (on this device)"),
    ).toHaveLength(1);
    // auto chose the browser's translator because the server would only gloss.
    screen.getByText("Engine: Automatic → Chrome on-device");
    await screen.findByRole("link", { name: /\(en\) बारिश हुई।/ });
    expect(
      fetchSpy.mock.calls
        .map(([url]) => String(url))
        .filter((url) => !/^\/api\/(documents(\/\w+\/summary)?|engines\/on-device)$/.test(url)),
    ).toEqual([]);
    expect(fetchSpy.mock.calls.some(([url]) => String(url) === "/api/translate")).toBe(false);
  }, 30_000);
});

describe("the reader before the engine list arrives", () => {
  it("leaves the engine to the server's auto instead of fixing the article to the draft", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const sent: unknown[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (url, init) => {
      // The engine list is slow: it never answers during this test.
      if (String(url).startsWith("/api/engines")) return new Promise<Response>(() => {});
      if (String(url) === "/api/translate") sent.push(JSON.parse(String(init?.body)));
      return Response.json({ error: { code: "server_busy", message: "Busy" } }, { status: 503 });
    });
    const wrapper = readerWrapper(client);
    const user = userEvent.setup();
    render(<Translator />, { wrapper });
    await user.type(screen.getByLabelText("Article text"), "बारिश हुई।");
    await user.click(screen.getByRole("button", { name: "Translate" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ engine: "auto", source: "hi", target: "en" });
  });
});
