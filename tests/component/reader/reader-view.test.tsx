import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ReaderProgress } from "@/components/reader/reader-progress";
import { ReaderView } from "@/components/reader/reader-view";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { I18nProvider } from "@/lib/i18n/client";
import {
  summaryQueryOptions,
  translationQueryKey,
  type TranslationState,
} from "@/lib/query/translation-queries";

const input = {
  paragraphs: ["पहला अनुच्छेद। दूसरा वाक्य।", "दूसरा अनुच्छेद।", "तीसरा अनुच्छेद।", "चौथा अनुच्छेद।"],
  source: "hi" as const,
  target: "en" as const,
  engine: "gloss:default",
};
const english = [
  "First paragraph. Second sentence.",
  "Second paragraph.",
  "Third paragraph.",
  "Fourth paragraph.",
];

/** Aligns the two sentences of the first paragraph by where each one starts in the text. */
function splitAlignment(source: string, translation: string): ApiParagraph["sentences"] {
  const sourceCut = source.indexOf(" ") === -1 ? source.length : source.indexOf("।") + 1;
  const targetCut = translation.indexOf(".") + 1;
  return [
    { source: [0, sourceCut], target: [0, targetCut] },
    { source: [sourceCut + 1, source.length], target: [targetCut + 1, translation.length] },
  ];
}

function paragraph(index: number): ApiParagraph {
  const source = input.paragraphs[index] ?? "";
  const translation = english[index] ?? "";
  return {
    index,
    source,
    translation,
    engine: "gloss:default",
    cached: false,
    sentences:
      index === 0
        ? splitAlignment(source, translation)
        : [{ source: [0, source.length], target: [0, translation.length] }],
  };
}

const SAVED_ID = "AAAAAAAAAAAAAAAAAAAAAA";

function renderReader(
  state: TranslationState,
  options: {
    savedId?: string | null;
    responses?: Response[];
    details?: { title: string | null; byline: string | null; sourceUrl: string | null };
  } = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(translationQueryKey(input), state);
  // Seeded, so the reader makes no request: these tests are about what the reader does with data.
  client.setQueryData(summaryQueryOptions(input, [], true).queryKey, {
    method: "extractive",
    source: "hi",
    target: "en",
    bullets: [
      {
        source: "तीसरा अनुच्छेद।",
        translation: "Third paragraph.",
        paragraphs: [2],
        sentences: [],
        engine: "gloss:default",
      },
    ],
  });
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  // Answers are queued before rendering: a finished, unsaved reader saves as soon as it mounts.
  for (const response of options.responses ?? []) fetchSpy.mockResolvedValueOnce(response);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <I18nProvider language="en">{children}</I18nProvider>
    </QueryClientProvider>
  );
  const engines = [
    {
      id: "gloss:default",
      engineId: "gloss",
      modelId: "default",
      kind: "offline" as const,
      quality: "draft" as const,
      languagePairs: [],
      limits: {
        maxCharactersPerRequest: 1,
        maxSegmentsPerRequest: 1,
        maxConcurrentRequests: 1,
      },
      available: true,
    },
  ];
  const view = render(
    <ReaderView
      input={input}
      engines={engines}
      details={options.details ?? null}
      // Already saved unless a test says otherwise, so most tests see no save request.
      savedId={options.savedId === undefined ? SAVED_ID : options.savedId}
    />,
    { wrapper },
  );
  return { ...view, fetchSpy };
}

const done: TranslationState = { paragraphs: [0, 1, 2, 3].map(paragraph), done: true };
const rowOf = (index: number) => screen.getByRole("group", { name: `Paragraph ${index + 1}` });

// The views are CSS (reader-views.css); jsdom applies the same rules, so visibility is real.
beforeAll(() => {
  const style = document.createElement("style");
  style.textContent = readFileSync(
    path.resolve(import.meta.dirname, "../../../components/reader/reader-views.css"),
    "utf8",
  );
  document.head.append(style);
});

describe("ReaderView", () => {
  it("shows every paragraph side by side with Hindi and English halves", () => {
    renderReader(done);
    for (let index = 0; index < 4; index += 1) {
      const row = rowOf(index);
      expect(row).toHaveAttribute("data-paragraph-index", String(index));
      expect(row.querySelector('p[lang="en"]')?.textContent).toBe(english[index]);
      expect(row.querySelector('p[lang="hi"]')?.textContent).toBe(input.paragraphs[index]);
    }
    expect(screen.getByText("4 of 4 paragraphs")).toBeInTheDocument();
  });

  it("flips one paragraph in translation-only mode and leaves the others alone", async () => {
    const user = userEvent.setup();
    const { fetchSpy } = renderReader(done);
    await user.click(screen.getByRole("radio", { name: "Translation only" }));
    // The other language stays in the document, hidden, so switching views renders no row.
    expect(within(rowOf(2)).getByText("तीसरा अनुच्छेद।")).not.toBeVisible();
    expect(within(rowOf(2)).getByText("Third paragraph.")).toBeVisible();

    await user.click(within(rowOf(2)).getByRole("button", { name: "Show in Hindi" }));
    expect(within(rowOf(2)).getByText("तीसरा अनुच्छेद।")).toBeVisible();
    expect(within(rowOf(2)).getByText("Third paragraph.")).not.toBeVisible();
    expect(within(rowOf(2)).getByRole("button", { name: "Show in English" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(rowOf(1)).getByText("Second paragraph.")).toBeInTheDocument();

    await user.click(within(rowOf(2)).getByRole("button", { name: "Show in English" }));
    expect(within(rowOf(2)).getByText("Third paragraph.")).toBeVisible();
    // Toggling is local: no request is repeated.
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("shows every paragraph in the language the global control names, also those flipped on their own", async () => {
    const user = userEvent.setup();
    renderReader(done);
    await user.click(screen.getByRole("radio", { name: "Original only" }));
    await user.click(within(rowOf(1)).getByRole("button", { name: "Show in English" }));
    await user.click(within(rowOf(2)).getByRole("button", { name: "Show in English" }));
    expect(within(rowOf(2)).getByText("Third paragraph.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Show all in English" }));
    for (let index = 0; index < 4; index += 1) {
      // The first paragraph's text is in two sentences; its first one stands for it.
      const hindi = index === 0 ? "पहला अनुच्छेद।" : (input.paragraphs[index] ?? "");
      expect(within(rowOf(index)).getByText(hindi)).not.toBeVisible();
      expect(within(rowOf(index)).getByRole("button", { name: "Show in Hindi" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
    }
    expect(within(rowOf(1)).getByText("Second paragraph.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Show all in Hindi" })).toBeInTheDocument();
    // Flipping one row works again from there.
    await user.click(within(rowOf(1)).getByRole("button", { name: "Show in Hindi" }));
    expect(within(rowOf(1)).getByText("दूसरा अनुच्छेद।")).toBeVisible();
    expect(within(rowOf(2)).getByText("Third paragraph.")).toBeVisible();
    // And back: all in Hindi unflips it again.
    await user.click(screen.getByRole("button", { name: "Show all in Hindi" }));
    expect(within(rowOf(1)).getByText("दूसरा अनुच्छेद।")).toBeVisible();
    expect(within(rowOf(1)).getByText("Second paragraph.")).not.toBeVisible();
  });

  it("marks a Hindi headline as Hindi, so it gets the Devanagari font under the English interface", () => {
    renderReader(done, {
      details: { title: "मेले की तैयारी", byline: "सुनीता वर्मा", sourceUrl: null },
    });
    expect(screen.getByRole("heading", { level: 2, name: "मेले की तैयारी" })).toHaveAttribute(
      "lang",
      "hi",
    );
    expect(screen.getByText("सुनीता वर्मा")).toHaveAttribute("lang", "hi");
  });

  it("leaves the heading in the interface's language when it is the reader's own words", () => {
    renderReader(done);
    expect(
      screen.getByRole("heading", { level: 2, name: "Article, Hindi → English" }),
    ).not.toHaveAttribute("lang");
  });

  it("keeps focus in the paragraph t flips, so j goes on to the next one", async () => {
    const user = userEvent.setup();
    // jsdom lays nothing out; j scrolls the row it moves to into view.
    Element.prototype.scrollIntoView ??= () => undefined;
    renderReader(done);
    await user.click(screen.getByRole("radio", { name: "Original only" }));
    within(rowOf(2)).getByText("तीसरा अनुच्छेद।").focus();
    await user.keyboard("t");
    expect(within(rowOf(2)).getByText("Third paragraph.")).toBeVisible();
    // The focused Hindi sentence is hidden now; focus stays in the row, on what still shows.
    expect(document.activeElement).not.toBe(document.body);
    expect(rowOf(2)).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toBeVisible();
    await user.keyboard("j");
    expect(document.activeElement).toBe(rowOf(3));
  });

  it("says the progress of a one-paragraph article in the singular", () => {
    render(
      <I18nProvider language="en">
        <ReaderProgress arrived={0} total={1} />
        <ReaderProgress arrived={1} total={2} />
      </I18nProvider>,
    );
    expect(screen.getByText("0 of 1 paragraph")).toBeInTheDocument();
    expect(screen.getByText("1 of 2 paragraphs")).toBeInTheDocument();
    expect(screen.getAllByRole("progressbar", { name: "Translation progress" })[0]).toHaveAttribute(
      "aria-valuetext",
      "0 of 1 paragraph",
    );
  });

  it("highlights the counterpart sentence when one is hovered", async () => {
    const user = userEvent.setup();
    renderReader(done);
    const row = rowOf(0);
    await user.hover(within(row).getByText("दूसरा वाक्य।"));
    expect(within(row).getByText("Second sentence.")).toHaveAttribute("data-active", "true");
    expect(within(row).getByText("First paragraph.")).not.toHaveAttribute("data-active");
  });

  it("shows placeholders for pending paragraphs and Retry for failed ones", () => {
    const failed: ApiParagraph = {
      ...paragraph(1),
      translation: null,
      sentences: [],
      error: { code: "engine_failure", message: "Engine down." },
    };
    renderReader({ paragraphs: [paragraph(0), failed, undefined, undefined], done: false });
    expect(screen.getByText("1 of 4 paragraphs")).toBeInTheDocument();
    // The row says what went wrong, but is no alert: failures are announced once per event.
    expect(within(rowOf(1)).queryByRole("alert")).toBeNull();
    expect(within(rowOf(1)).getByText(/Engine down\./)).toBeInTheDocument();
    expect(within(rowOf(1)).getByRole("button", { name: "Retry" })).toBeEnabled();
    expect(within(rowOf(2)).getByText("Translating this paragraph…")).toBeInTheDocument();
  });

  it("says nothing is awaited once a run has ended with no row translated", () => {
    const failed = (index: number): ApiParagraph => ({
      ...paragraph(index),
      translation: null,
      sentences: [],
      error: { code: "engine_failure", message: "Engine down." },
    });
    renderReader({ paragraphs: [0, 1, 2, 3].map(failed), done: true });
    expect(screen.getByTestId("document-notes").textContent).not.toMatch(/Waiting for/);
  });

  it("says it is waiting for the engine while a run is under way and nothing has arrived", () => {
    renderReader({ paragraphs: [undefined, undefined, undefined, undefined], done: false });
    expect(screen.getByTestId("document-notes").textContent).toMatch(/Waiting for/);
  });

  it("says once for the document which engine made it and that it is a draft, not per row", () => {
    renderReader(done);
    expect(screen.getAllByText("not a full translation")).toHaveLength(1);
    expect(within(rowOf(0)).queryByText("not a full translation")).toBeNull();
    // The line calls it a draft once: the engine's name says so, the tag says what that means.
    expect(screen.getByTestId("document-notes").textContent?.match(/draft/gi)).toHaveLength(1);
    expect(screen.queryByText(/from cache/)).toBeNull();
  });

  it("renders text that looks like HTML as text", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderReader({
      paragraphs: [
        { ...paragraph(0), translation: hostile, sentences: [] },
        paragraph(1),
        paragraph(2),
        paragraph(3),
      ],
      done: true,
    });
    expect(within(rowOf(0)).getByText(hostile)).toBeInTheDocument();
    expect(rowOf(0).querySelector("img")).toBeNull();
  });

  it("saves a finished translation once and shows its permanent link", async () => {
    const id = "BBBBBBBBBBBBBBBBBBBBBB";
    const { fetchSpy } = renderReader(done, {
      savedId: null,
      responses: [Response.json({ id, url: `/d/${id}` }, { status: 201 })],
    });
    expect(await screen.findByRole("link", { name: "Permanent link" })).toHaveAttribute(
      "href",
      `/d/${id}`,
    );
    const saves = fetchSpy.mock.calls.filter(([url]) => url === "/api/documents");
    expect(saves).toHaveLength(1);
    const body = JSON.parse(String(saves[0]?.[1]?.body)) as {
      paragraphs: { source: string; translation: string }[];
    };
    expect(body.paragraphs.map((item) => item.translation)).toEqual(english);
    expect(window.location.pathname).toBe(`/d/${id}`);
    await userEvent.setup().click(screen.getByRole("button", { name: /Export/ }));
    // The export is labelled and dated in the interface language and the reader's time zone.
    expect(screen.getByRole("menuitem", { name: /Bilingual Markdown/ })).toHaveAttribute(
      "href",
      expect.stringMatching(
        new RegExp(`^/api/documents/${id}/export\\?format=markdown&lang=en&tz=`),
      ),
    );
  });

  it("says clearly when saving fails, keeps the rows, and saves again on request", async () => {
    const user = userEvent.setup();
    const { fetchSpy } = renderReader(done, {
      savedId: null,
      responses: [
        Response.json(
          { error: { code: "store_read_only", message: "Saving is not possible right now." } },
          { status: 503 },
        ),
      ],
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Not saved: Saving is not possible right now.",
    );
    expect(rowOf(3).querySelector('p[lang="en"]')?.textContent).toBe(english[3]);
    fetchSpy.mockResolvedValueOnce(
      Response.json({ id: "CCCCCCCCCCCCCCCCCCCCCC", url: "/d/CCCCCCCCCCCCCCCCCCCCCC" }),
    );
    await user.click(screen.getByRole("button", { name: "Try saving again" }));
    expect(await screen.findByRole("link", { name: "Permanent link" })).toBeInTheDocument();
  });

  it("saves a correction, shows it as edited, and refuses an empty one", async () => {
    const user = userEvent.setup();
    const { fetchSpy } = renderReader(done);
    await user.click(within(rowOf(1)).getByRole("button", { name: "Actions for paragraph 2" }));
    await user.click(within(rowOf(1)).getByRole("menuitem", { name: "Edit" }));
    const box = within(rowOf(1)).getByRole("textbox", {
      name: "Corrected translation of paragraph 2",
    });
    await user.clear(box);
    await user.click(within(rowOf(1)).getByRole("button", { name: "Save correction" }));
    expect(within(rowOf(1)).getByRole("alert")).toHaveTextContent("A correction cannot be empty.");
    expect(fetchSpy).not.toHaveBeenCalled();

    fetchSpy.mockResolvedValueOnce(
      Response.json(
        {
          revision: {
            id: 7,
            memoryKey: "k",
            sourceText: input.paragraphs[1],
            text: "The second paragraph, corrected.",
            previousText: english[1],
            baseRevisionId: null,
            author: null,
            documentId: SAVED_ID,
            position: 1,
            createdAt: "2026-11-24T10:00:00.000Z",
          },
          conflict: false,
        },
        { status: 201 },
      ),
    );
    await user.type(box, "The second paragraph, corrected.");
    await user.click(within(rowOf(1)).getByRole("button", { name: "Save correction" }));
    expect(
      await within(rowOf(1)).findByText("The second paragraph, corrected."),
    ).toBeInTheDocument();
    expect(within(rowOf(1)).getByText("edited")).toBeInTheDocument();
    const sent = JSON.parse(String(fetchSpy.mock.calls[0]?.[1]?.body)) as Record<string, unknown>;
    expect(sent).toMatchObject({
      sourceText: input.paragraphs[1],
      text: "The second paragraph, corrected.",
      previousText: english[1],
      documentId: SAVED_ID,
      position: 1,
    });
  });

  it("copies a paragraph pair: source, blank line, translation", async () => {
    const user = userEvent.setup();
    renderReader(done);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(within(rowOf(2)).getByRole("button", { name: "Actions for paragraph 3" }));
    await user.click(within(rowOf(2)).getByRole("menuitem", { name: "Copy this paragraph pair" }));
    expect(writeText).toHaveBeenCalledWith(`${input.paragraphs[2]}\n\n${english[2]}`);
    expect(await within(rowOf(2)).findByText("Pair copied")).toBeInTheDocument();
  });

  it("copies the same summary from the toolbar as from the summary panel: title, bullets, permanent link and note", async () => {
    const user = userEvent.setup();
    renderReader(done);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    // The panel's button is in the summary's column (an aside); the toolbar's above the rows.
    const buttons = screen.getAllByRole("button", { name: "Copy summary" });
    const panelCopy = buttons.find((button) => button.closest("aside") !== null);
    const toolbarCopy = buttons.find((button) => button.closest("aside") === null);
    await user.click(toolbarCopy!);
    await user.click(panelCopy!);
    expect(writeText).toHaveBeenCalledTimes(2);
    const [fromToolbar, fromPanel] = writeText.mock.calls.map(([text]) => text as string);
    expect(fromToolbar).toBe(fromPanel);
    const blocks = fromToolbar!.split("\n\n");
    expect(blocks[0]).toBe("First paragraph. Second sentence.");
    expect(blocks[1]).toBe("• Third paragraph.");
    const [link, note] = (blocks[2] ?? "").split("\n");
    expect(link).toBe(new URL(`/d/${SAVED_ID}`, window.location.href).href);
    expect(note).toMatch(/draft/i);
  });

  it("opens at the default text size on a first visit, and at the remembered size after", () => {
    window.localStorage.removeItem("reader-font-step");
    const first = renderReader(done);
    const scaleOf = (container: HTMLElement) =>
      container
        .querySelector<HTMLElement>("[style*='--reader-scale']")
        ?.style.getPropertyValue("--reader-scale");
    expect(scaleOf(first.container)).toBe("1");
    expect(screen.getByRole("button", { name: "Smaller text" })).toBeEnabled();
    first.unmount();
    window.localStorage.setItem("reader-font-step", "3");
    const second = renderReader(done);
    expect(scaleOf(second.container)).toBe("1.25");
    second.unmount();
    window.localStorage.removeItem("reader-font-step");
  });
});
