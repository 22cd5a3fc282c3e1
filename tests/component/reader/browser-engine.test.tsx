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

afterEach(() => {
  delete (globalThis as { Translator?: unknown }).Translator;
  vi.restoreAllMocks();
});

describe("chrome engine", () => {
  it("translates paragraph by paragraph through the orchestrator and reports download progress", async () => {
    const { api, created } = fakeTranslatorApi();
    const progress: number[] = [];
    const engine = createChromeEngine({
      translatorApi: api,
      onDownloadProgress: (loaded) => progress.push(loaded),
    });
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
      createChromeEngine({ translatorApi: api }),
    )) {
      chunks.push(chunk);
    }
    expect(chunks).toEqual([
      expect.objectContaining({ index: 0, translation: "(en) एक।", engine: "chrome:default" }),
      expect.objectContaining({ index: 1, translation: "(en) दो।" }),
      { done: true },
    ]);
  });
});

describe("the reader with the browser's translator", () => {
  it(
    "offers Chrome's translator only when the browser has it, and translates on the device",
    { timeout: 30_000 },
    async () => {
      const { api } = fakeTranslatorApi();
      (globalThis as { Translator?: TranslatorApi }).Translator = api;
      const client = new QueryClient({
        defaultOptions: { queries: { retry: false, staleTime: Infinity } },
      });
      client.setQueryData(engineQueryOptions().queryKey, {
        default: "auto",
        engines: [
          {
            id: "gloss:default",
            engineId: "gloss",
            modelId: "default",
            label: "Offline gloss — rough word-by-word draft",
            kind: "offline",
            quality: "draft",
            languagePairs: [],
            limits: {
              maxCharactersPerRequest: 1,
              maxSegmentsPerRequest: 1,
              acceptsHtml: false,
              maxConcurrentRequests: 1,
            },
            available: true,
          },
        ],
      });
      // Only the summary's sentence picking reaches the server; the translation must not.
      const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (url) => {
        // The finished document is saved like any other; translating never goes to the server.
        if (String(url) === "/api/documents")
          return Response.json({ id: "DDDDDDDDDDDDDDDDDDDDDD", url: "/d/DDDDDDDDDDDDDDDDDDDDDD" });
        expect(String(url)).toBe("/api/summarize");
        return Response.json({
          method: "extractive",
          source: "hi",
          target: "en",
          bullets: [
            {
              source: "बारिश हुई।",
              translation: null,
              paragraphs: [0],
              sentences: [],
              engine: "gloss:default",
            },
          ],
        });
      });
      const wrapper = ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={client}>
          <I18nProvider language="en">{children}</I18nProvider>
        </QueryClientProvider>
      );
      const user = userEvent.setup();
      render(<Translator />, { wrapper });

      const picker = screen.getByLabelText("Engine");
      // The engine's code loads on demand; a busy machine can take seconds to import it.
      await waitFor(
        () =>
          expect(
            within(picker).getByRole("option", {
              name: "Chrome built-in translator (on this device)",
            }),
          ).toBeInTheDocument(),
        { timeout: 15_000 },
      );
      await user.selectOptions(picker, "chrome:default");
      await user.type(screen.getByLabelText("Article text"), "बारिश हुई।{enter}लोग खुश हैं।");
      await user.click(screen.getByRole("button", { name: "Translate" }));

      await screen.findByText("2 of 2 paragraphs");
      expect(
        within(screen.getByRole("group", { name: "Paragraph 1" })).getByText("(en) बारिश हुई।"),
      ).toBeInTheDocument();
      // Said once for the document, not on every row.
      expect(
        screen.getAllByText("Translated by Chrome built-in translator (on this device)"),
      ).toHaveLength(1);
      await screen.findByRole("link", { name: /\(en\) बारिश हुई।/ });
      expect(
        fetchSpy.mock.calls.every(([url]) => /^\/api\/(summarize|documents)\b/.test(String(url))),
      ).toBe(true);
      expect(fetchSpy.mock.calls.some(([url]) => String(url) === "/api/translate")).toBe(false);
    },
  );
});
