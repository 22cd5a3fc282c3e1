import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createInstance } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { engineChoices, homeStrings } from "@/components/home/home-form-data";
import { HomeReader } from "@/components/home/home-reader";
import type { ApiEngine, ApiEngines } from "@/lib/api/wire-types";
import { i18nOptions } from "@/lib/i18n/settings";

const engine = (engineId: string, quality: ApiEngine["quality"]): ApiEngine => ({
  id: `${engineId}:default`,
  engineId,
  modelId: "default",
  kind: engineId === "auto" ? "remote" : "offline",
  quality,
  languagePairs: [],
  limits: { maxCharactersPerRequest: 1, maxSegmentsPerRequest: 1, maxConcurrentRequests: 1 },
  available: true,
});

/** The engine list as the page reads it on the server. */
const ENGINES: ApiEngines = {
  default: "auto",
  automatic: [
    { source: "hi", target: "en", id: "gloss:default", quality: "draft" },
    { source: "en", target: "hi", id: "gloss:default", quality: "draft" },
  ],
  engines: [engine("auto", "full"), engine("gloss", "draft")],
};

let props: Parameters<typeof HomeReader>[0];

beforeAll(async () => {
  // The reader's modules are compiled once here, not inside a test's wait: on a busy machine
  // the first compile alone can outlast it. The page still loads them only when asked.
  await import("@/components/home/loaded-home-reader");
  // The strings are made as the server makes them: i18next in English.
  const i18n = createInstance();
  await i18n.init(i18nOptions("en"));
  const t = i18n.getFixedT("en", "common");
  props = {
    language: "en",
    strings: homeStrings(t),
    engines: ENGINES,
    engineChoices: engineChoices(ENGINES, t),
  };
}, 120_000);

afterEach(() => window.sessionStorage.clear());

/** The requests the reader sends to translate, each answered "busy" (the reader shows the error). */
function recordTranslations() {
  const sent: Record<string, unknown>[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (url, init) => {
    if (String(url) === "/api/translate") sent.push(JSON.parse(String(init?.body)));
    if (String(url).startsWith("/api/engines")) return new Promise<Response>(() => {});
    return Response.json({ error: { code: "server_busy", message: "Busy" } }, { status: 503 });
  });
  return sent;
}

const readerLoaded = () => document.querySelector('[data-ready="true"]') !== null;

describe("the home page before the reader has loaded", () => {
  it("hands text, direction and engine chosen early to the reader, which translates them", async () => {
    const sent = recordTranslations();
    render(<HomeReader {...props} />);
    // All of this happens in the form the page shipped with, before the reader's code is there.
    expect(readerLoaded()).toBe(false);
    const box = screen.getByLabelText("Article text");
    fireEvent.change(box, { target: { value: "The rain came." } });
    expect(screen.getByText("14 of 10,00,000 characters · 1 paragraph")).toBeInTheDocument();
    fireEvent.change(box, { target: { value: "The rain came.\nPeople are happy." } });
    expect(screen.getByText("31 of 10,00,000 characters · 2 paragraphs")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Direction"), { target: { value: "en-hi" } });
    fireEvent.change(screen.getByLabelText("Engine"), { target: { value: "gloss:default" } });
    fireEvent.click(screen.getByRole("button", { name: "Translate" }));
    expect(readerLoaded()).toBe(false);
    // Held while the reader's code arrives, so it cannot be pressed twice.
    expect(screen.getByRole("button", { name: "Translating…" })).toBeDisabled();

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(readerLoaded()).toBe(true);
    expect(sent[0]).toMatchObject({
      paragraphs: ["The rain came.", "People are happy."],
      source: "en",
      target: "hi",
      engine: "gloss:default",
    });
  });

  it("keeps a restored draft, the focus and the caret when the reader takes the form over", async () => {
    recordTranslations();
    window.sessionStorage.setItem("dvibhashi-draft", "पहला अनुच्छेद।\nदूसरा अनुच्छेद।");
    render(<HomeReader {...props} />);
    const box = screen.getByLabelText<HTMLTextAreaElement>("Article text");
    await waitFor(() => expect(box).toHaveValue("पहला अनुच्छेद।\nदूसरा अनुच्छेद।"));
    expect(readerLoaded()).toBe(false);
    box.focus();
    box.setSelectionRange(3, 7);

    await waitFor(() => expect(readerLoaded()).toBe(true));
    const taken = screen.getByLabelText<HTMLTextAreaElement>("Article text");
    // The reader's own text box now, with the same text, focus and selection.
    expect(taken).not.toBe(box);
    expect(taken).toHaveValue("पहला अनुच्छेद।\nदूसरा अनुच्छेद।");
    expect(taken).toHaveFocus();
    expect([taken.selectionStart, taken.selectionEnd]).toEqual([3, 7]);
    expect(screen.getByText("Hindi → English", { selector: "option" })).toBeInTheDocument();
    expect(screen.getByText("Detected: Hindi → English")).toBeInTheDocument();
  });

  it("imports the address given before the reader arrived, once the reader is there", async () => {
    const requests: { url: string; body: string }[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (url, init) => {
      if (String(url) === "/api/import") {
        requests.push({ url: String(url), body: String(init?.body) });
        return Response.json({
          title: "नया पुल खुला",
          byline: null,
          sourceUrl: "https://news.example.in/bridge",
          paragraphs: ["नया पुल खुला", "पुल सोमवार को खुला।"],
        });
      }
      return new Promise<Response>(() => {});
    });
    render(<HomeReader {...props} />);
    fireEvent.change(screen.getByLabelText("Web address of a news article"), {
      target: { value: "news.example.in/bridge" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(readerLoaded()).toBe(false);
    expect(screen.getByRole("button", { name: "Importing…" })).toBeDisabled();

    await waitFor(() =>
      expect(screen.getByLabelText("Article text")).toHaveValue("नया पुल खुला\n\nपुल सोमवार को खुला।"),
    );
    expect(readerLoaded()).toBe(true);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({ url: "https://news.example.in/bridge" });
  });
});
