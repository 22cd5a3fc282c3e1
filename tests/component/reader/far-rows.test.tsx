import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ReaderView } from "@/components/reader/reader-view";
import { CHUNK_ROWS, UNSETTLED_PROMOTE_DELAY_MS } from "@/components/reader/row-chunks";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { I18nProvider } from "@/lib/i18n/client";
import { translationQueryKey, type TranslationState } from "@/lib/query/translation-queries";

// Long enough that rows far from the screen are HTML chunks (more than EAGER_ROWS).
const ROWS = 120;
const HOSTILE = `<img src=x onerror="window.hacked=1"> & "quoted" 'single'`;
const sourceOf = (index: number) =>
  index === 100 ? `अनुच्छेद 101 ${HOSTILE}` : `अनुच्छेद ${index + 1}: सरकार ने योजना बनाई।`;
const englishOf = (index: number) =>
  index === 100
    ? `Paragraph 101 ${HOSTILE}`
    : `Paragraph ${index + 1}: the government made a plan.`;

const input = {
  paragraphs: Array.from({ length: ROWS }, (_, index) => sourceOf(index)),
  source: "hi" as const,
  target: "en" as const,
  engine: "gloss:default",
};

function paragraph(index: number, translation = englishOf(index)): ApiParagraph {
  const source = sourceOf(index);
  return {
    index,
    source,
    translation,
    engine: "gloss:default",
    cached: false,
    sentences: [{ source: [0, source.length], target: [0, translation.length] }],
  };
}

/**
 * jsdom has no IntersectionObserver, and without one every row renders in full; this one never
 * reports anything, so rows stay where they start (far) unless something else promotes them.
 */
class SilentIntersectionObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

/** An observer the test drives: `bringNear` reports an element as within the margin. */
class RecordingIntersectionObserver {
  static all: RecordingIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    RecordingIntersectionObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  takeRecords() {
    return [];
  }
  static bringNear(element: Element) {
    for (const observer of RecordingIntersectionObserver.all)
      if (observer.observed.has(element))
        observer.callback(
          [{ target: element, isIntersecting: true } as unknown as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        );
  }
}

/** The far chunk element holding a row. */
const chunkElementOf = (row: HTMLElement) => row.closest("[data-far-rows]") as HTMLElement;

// A deep link's chunk starts as React rows; the others start as HTML.
const LINKED = 2 * CHUNK_ROWS + 10;
const LAST_OF_LINKED_CHUNK = 3 * CHUNK_ROWS - 1;

beforeAll(() => {
  const style = document.createElement("style");
  style.textContent = readFileSync(
    path.resolve(import.meta.dirname, "../../../components/reader/reader-views.css"),
    "utf8",
  );
  document.head.append(style);
});
beforeEach(() => {
  vi.stubGlobal("IntersectionObserver", SilentIntersectionObserver);
  vi.stubGlobal("ResizeObserver", SilentIntersectionObserver);
  // jsdom lays nothing out; the deep link's scrolling has nowhere to go.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

function renderReader(state: TranslationState) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(translationQueryKey(input), state);
  // Nothing here should reach the network; the summary's request is answered empty.
  vi.spyOn(globalThis, "fetch").mockImplementation(() =>
    Promise.resolve(new Response("{}", { status: 503 })),
  );
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <I18nProvider language="en">{children}</I18nProvider>
    </QueryClientProvider>
  );
  const view = render(
    <ReaderView input={input} engines={[]} details={null} savedId="AAAAAAAAAAAAAAAAAAAAAA" />,
    { wrapper },
  );
  return { ...view, client };
}

const done: TranslationState = {
  paragraphs: Array.from({ length: ROWS }, (_, index) => paragraph(index)),
  done: true,
};
const rowOf = (index: number) => screen.getByRole("group", { name: `Paragraph ${index + 1}` });
/** Whether a row is still HTML in a far chunk rather than a React row. */
const isFar = (row: HTMLElement) => row.closest("[data-far-rows]") !== null;

describe("rows far from the screen", () => {
  it("are in the page as text, with their names, ids and both languages", () => {
    renderReader(done);
    const far = rowOf(100);
    expect(isFar(far)).toBe(true);
    expect(far.id).toBe("p-100");
    // Hostile text is text: no element was made from it.
    expect(within(far).getByText(sourceOf(100))).toBeInTheDocument();
    expect(within(far).getByText(englishOf(100))).toBeInTheDocument();
    expect(document.querySelector("[data-far-rows] img")).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    // Every row is there, in order, each once.
    const indexes = [...document.querySelectorAll("[data-paragraph-index]")].map((row) =>
      Number(row.getAttribute("data-paragraph-index")),
    );
    expect(indexes).toEqual(Array.from({ length: ROWS }, (_, index) => index));
    // Every chunk starts as HTML, the top one too: nothing has come near the screen.
    expect(isFar(rowOf(0))).toBe(true);
    expect(isFar(rowOf(CHUNK_ROWS))).toBe(true);
  });

  it("have the markup of a React row that has not come near yet", () => {
    window.history.replaceState(null, "", `/#p-${LINKED}`);
    renderReader(done);
    // The deep link's chunk is React rows rendered as plain text (never near: the observer
    // reports nothing); the next chunk is HTML. The same elements, attributes and classes,
    // apart from their own values.
    const shape = (element: Element): unknown => ({
      tag: element.tagName,
      attributes: [...element.attributes]
        .map((attribute) =>
          attribute.name === "class"
            ? `class=${attribute.value.split(/\s+/).filter(Boolean).join(" ")}`
            : ["id", "aria-label", "data-paragraph-index"].includes(attribute.name)
              ? attribute.name
              : `${attribute.name}=${attribute.value}`,
        )
        .sort(),
      children: [...element.children].map(shape),
    });
    expect(isFar(rowOf(LAST_OF_LINKED_CHUNK))).toBe(false);
    expect(isFar(rowOf(LAST_OF_LINKED_CHUNK + 1))).toBe(true);
    expect(shape(rowOf(LAST_OF_LINKED_CHUNK + 1))).toEqual(shape(rowOf(LAST_OF_LINKED_CHUNK)));
  });

  it("flip when their toggle is clicked, becoming React rows first", async () => {
    const user = userEvent.setup();
    renderReader(done);
    await user.click(screen.getByRole("radio", { name: "Translation only" }));
    expect(within(rowOf(100)).getByText(englishOf(100))).toBeVisible();
    expect(within(rowOf(100)).getByText(sourceOf(100))).not.toBeVisible();

    await user.click(within(rowOf(100)).getByRole("button", { name: "Show in Hindi" }));
    const row = rowOf(100);
    expect(isFar(row)).toBe(false);
    expect(within(row).getByText(sourceOf(100))).toBeVisible();
    expect(within(row).getByText(englishOf(100))).not.toBeVisible();
    expect(within(row).getByRole("button", { name: "Show in English" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // Its neighbours in the chunk became React rows too, unflipped.
    expect(isFar(rowOf(101))).toBe(false);
    expect(within(rowOf(101)).getByText(englishOf(101))).toBeVisible();
  });

  it("can be reached with Tab, and keep focus as they become React rows", async () => {
    const user = userEvent.setup();
    RecordingIntersectionObserver.all = [];
    vi.stubGlobal("IntersectionObserver", RecordingIntersectionObserver);
    renderReader(done);
    // The top chunk comes near and becomes React rows; the next stays HTML.
    act(() => RecordingIntersectionObserver.bringNear(chunkElementOf(rowOf(0))));
    await waitFor(() => expect(isFar(rowOf(0))).toBe(false));
    // The last row of the first chunk (a React row), then its one tab stop, then onwards.
    act(() => rowOf(CHUNK_ROWS - 1).focus());
    await user.tab();
    expect(rowOf(CHUNK_ROWS - 1).contains(document.activeElement)).toBe(true);
    expect(isFar(rowOf(CHUNK_ROWS))).toBe(true);
    await user.tab();
    const row = rowOf(CHUNK_ROWS);
    expect(isFar(row)).toBe(false);
    expect(row).toHaveFocus();
    // On to the row's own tab stop, then the next row's: each row stays one Tab press.
    await user.tab();
    expect(rowOf(CHUNK_ROWS).contains(document.activeElement)).toBe(true);
    await user.tab();
    expect(rowOf(CHUNK_ROWS + 1).contains(document.activeElement)).toBe(true);
  });

  it("become React rows when a deep link names one of them", () => {
    window.history.replaceState(null, "", "/#p-110");
    renderReader(done);
    expect(isFar(rowOf(110))).toBe(false);
    expect(isFar(rowOf(60))).toBe(true);

    act(() => {
      window.history.replaceState(null, "", "/#p-60");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(isFar(rowOf(60))).toBe(false);
    expect(within(rowOf(60)).getByText(englishOf(60))).toBeInTheDocument();
  });

  it("show arriving translations, and leave the chunks that did not change as they were", async () => {
    const pending: TranslationState = {
      paragraphs: Array.from({ length: ROWS }, () => undefined),
      done: false,
    };
    const { client } = renderReader(pending);
    expect(within(rowOf(90)).getByText("Translating this paragraph…")).toBeInTheDocument();
    const untouched = rowOf(60);
    const neighbour = within(rowOf(91)).getByText(sourceOf(91));

    const paragraphs = pending.paragraphs.slice();
    paragraphs[90] = paragraph(90);
    paragraphs[100] = paragraph(100);
    act(() => client.setQueryData(translationQueryKey(input), { paragraphs, done: false }));
    // The query tells its observers at the next task.
    await waitFor(() => expect(within(rowOf(90)).getByText(englishOf(90))).toBeInTheDocument());
    expect(isFar(rowOf(90))).toBe(true);
    // The chunk holding row 60 was not written again: its row is the same element.
    expect(rowOf(60)).toBe(untouched);
    // In row 90's chunk only the arriving rows' translation cells were written.
    expect(within(rowOf(91)).getByText(sourceOf(91))).toBe(neighbour);
    expect(within(rowOf(91)).getByText("Translating this paragraph…")).toBeInTheDocument();
    // Hostile text written into a cell is text too.
    expect(within(rowOf(100)).getByText(englishOf(100))).toBeInTheDocument();
    expect(document.querySelector("[data-far-rows] img")).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();

    // A row that failed is not a translation arriving: its chunk is written afresh, saying so.
    const failed = paragraphs.slice();
    failed[91] = {
      ...paragraph(91),
      translation: null,
      error: { code: "engine_failure", message: "The engine failed." },
    };
    act(() => client.setQueryData(translationQueryKey(input), { paragraphs: failed, done: false }));
    await waitFor(() =>
      expect(within(rowOf(91)).getByText("Not translated yet.")).toBeInTheDocument(),
    );
    expect(within(rowOf(90)).getByText(englishOf(90))).toBeInTheDocument();
    expect(within(rowOf(92)).getByText("Translating this paragraph…")).toBeInTheDocument();
  });
});

describe("chunks near the screen", () => {
  beforeEach(() => {
    RecordingIntersectionObserver.all = [];
    vi.stubGlobal("IntersectionObserver", RecordingIntersectionObserver);
  });

  it("become React rows once the browser is idle, when every row is in", async () => {
    renderReader(done);
    const chunk = chunkElementOf(rowOf(0));
    act(() => RecordingIntersectionObserver.bringNear(chunk));
    // Not in the same task: the rows that just arrived are painted first.
    expect(isFar(rowOf(0))).toBe(true);
    await waitFor(() => expect(isFar(rowOf(0))).toBe(false));
    expect(isFar(rowOf(CHUNK_ROWS - 1))).toBe(false);
    // Only the chunk that came near.
    expect(isFar(rowOf(CHUNK_ROWS))).toBe(true);
  });

  it("wait for the rows still arriving, but not for long, and at once when they are in", async () => {
    const pending: TranslationState = {
      paragraphs: Array.from({ length: ROWS }, (_, index) =>
        index < CHUNK_ROWS ? paragraph(index) : undefined,
      ),
      done: false,
    };
    const { client } = renderReader(pending);
    act(() => RecordingIntersectionObserver.bringNear(chunkElementOf(rowOf(0))));
    await new Promise((resolve) => setTimeout(resolve, UNSETTLED_PROMOTE_DELAY_MS / 4));
    expect(isFar(rowOf(0))).toBe(true);
    // Still streaming: promoted after the delay all the same.
    await waitFor(() => expect(isFar(rowOf(0))).toBe(false), {
      timeout: UNSETTLED_PROMOTE_DELAY_MS * 10,
    });

    // A chunk that comes near once every row is in goes at the next idle moment.
    act(() => client.setQueryData(translationQueryKey(input), done));
    await waitFor(() => expect(within(rowOf(90)).getByText(englishOf(90))).toBeInTheDocument());
    act(() => RecordingIntersectionObserver.bringNear(chunkElementOf(rowOf(90))));
    await waitFor(() => expect(isFar(rowOf(90))).toBe(false), {
      timeout: UNSETTLED_PROMOTE_DELAY_MS / 2,
    });
  });
});
