import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SummaryPanel } from "@/components/reader/summary-panel";
import { I18nProvider } from "@/lib/i18n/client";
import { summaryQueryOptions } from "@/lib/query/translation-queries";

const input = {
  paragraphs: ["बस योजना", "पहला वाक्य।", "दूसरा वाक्य।"],
  source: "hi" as const,
  target: "en" as const,
  engine: "gloss:default",
};
const translations = ["Bus plan", "First sentence.", "Second sentence."];
const summary = {
  method: "extractive" as const,
  source: "hi" as const,
  target: "en" as const,
  bullets: [
    {
      source: "पहला वाक्य।",
      translation: "First sentence.",
      paragraphs: [1],
      sentences: [],
      engine: "gloss:default",
    },
    {
      source: "दूसरा वाक्य।",
      translation: "Second sentence.",
      paragraphs: [2],
      sentences: [],
      engine: "gloss:default",
    },
  ],
};

function renderPanel(
  readTranslation = true,
  copyDetails?: { documentId: string | null; note: () => string },
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(summaryQueryOptions(input, translations, true).queryKey, summary);
  const onGoToParagraph = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <I18nProvider language="en">{children}</I18nProvider>
    </QueryClientProvider>
  );
  render(
    <SummaryPanel
      input={input}
      translations={translations}
      ready
      readTranslation={readTranslation}
      onGoToParagraph={onGoToParagraph}
      copyDetails={copyDetails}
    />,
    { wrapper },
  );
  return { onGoToParagraph };
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("SummaryPanel", () => {
  it("copies the bullets as plain text with • markers and announces it", async () => {
    const user = userEvent.setup();
    let copied = "";
    stubClipboard(async (text) => {
      copied = text;
    });
    renderPanel();
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(copied).toBe("Bus plan\n\n• First sentence.\n• Second sentence.");
    expect(screen.getByRole("status")).toHaveTextContent("Copied");
  });

  it("ends every copy format with the permanent link and the note on how it was translated", async () => {
    const user = userEvent.setup();
    let copied = "";
    stubClipboard(async (text) => {
      copied = text;
    });
    const note = "Rough offline draft (word by word), not a full translation.";
    renderPanel(true, { documentId: "AAAAAAAAAAAAAAAAAAAAAA", note: () => note });
    const link = new URL("/d/AAAAAAAAAAAAAAAAAAAAAA", window.location.href).href;
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(copied).toBe(`Bus plan\n\n• First sentence.\n• Second sentence.\n\n${link}\n${note}`);
    await user.click(screen.getByRole("button", { name: "More copy options" }));
    await user.click(screen.getByRole("menuitem", { name: "Copy as Markdown" }));
    expect(copied).toBe(
      `## Bus plan\n\n- First sentence.\n- Second sentence.\n\n<${link}>\n\n*${note}*`,
    );
    await user.click(screen.getByRole("button", { name: "More copy options" }));
    await user.click(screen.getByRole("menuitem", { name: "Copy in both languages" }));
    expect(copied.startsWith("Bus plan\n\n• First sentence.\n  पहला वाक्य।")).toBe(true);
    expect(copied.endsWith(`${link}\n${note}`)).toBe(true);
  });

  it("copies Markdown with the headline as title, and both languages, from the menu", async () => {
    const user = userEvent.setup();
    let copied = "";
    stubClipboard(async (text) => {
      copied = text;
    });
    renderPanel();
    await user.click(screen.getByRole("button", { name: "More copy options" }));
    await user.click(screen.getByRole("menuitem", { name: "Copy as Markdown" }));
    expect(copied).toBe("## Bus plan\n\n- First sentence.\n- Second sentence.");
    await user.click(screen.getByRole("button", { name: "More copy options" }));
    await user.click(screen.getByRole("menuitem", { name: "Copy in both languages" }));
    expect(copied).toBe(
      "Bus plan\n\n• First sentence.\n  पहला वाक्य।\n• Second sentence.\n  दूसरा वाक्य।",
    );
  });

  it("follows the reading language", async () => {
    const user = userEvent.setup();
    let copied = "";
    stubClipboard(async (text) => {
      copied = text;
    });
    renderPanel(false);
    expect(screen.getByText("पहला वाक्य।")).toHaveAttribute("lang", "hi");
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(copied.endsWith("• पहला वाक्य।\n• दूसरा वाक्य।")).toBe(true);
  });

  it("shows the text for manual copying when the clipboard is refused", async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    document.execCommand = () => false;
    renderPanel();
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(screen.getByText(/Copying was blocked/)).toBeInTheDocument();
    expect(screen.getByRole("textbox")).toHaveValue(
      "Bus plan\n\n• First sentence.\n• Second sentence.",
    );
  });

  it("links each bullet to its paragraph", async () => {
    const user = userEvent.setup();
    const { onGoToParagraph } = renderPanel();
    const link = screen.getByRole("link", { name: /Second sentence/ });
    expect(link).toHaveAttribute("href", "#p-2");
    await user.click(link);
    expect(onGoToParagraph).toHaveBeenCalledWith(2);
  });
});
