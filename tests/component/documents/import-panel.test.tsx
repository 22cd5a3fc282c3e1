import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ImportPanel } from "@/components/documents/import-panel";
import type { ApiImportedArticle } from "@/lib/api/wire-types";
import { I18nProvider } from "@/lib/i18n/client";

/** The panel around a text box that it fills the way the translator does. */
function BoxWithPanel({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <ImportPanel onImported={(article) => setText(article.paragraphs.join("\n\n"))}>
      <textarea
        aria-label="Article text"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </ImportPanel>
  );
}

function renderBox(initial: string) {
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  render(
    <I18nProvider language="en">
      <BoxWithPanel initial={initial} />
    </I18nProvider>,
  );
  return { fetchSpy, box: () => screen.getByLabelText<HTMLTextAreaElement>("Article text") };
}

const ARTICLE: ApiImportedArticle = {
  title: "नया पुल खुला",
  byline: "सुनीता वर्मा",
  sourceUrl: "https://news.example.in/bridge",
  paragraphs: ["नया पुल खुला", "पुल सोमवार को खुला।"],
  titleParagraph: 0,
  paragraphStarts: [true, true],
  warning: null,
};

async function importAddress(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText("Web address of a news article"));
  await user.paste("news.example.in/bridge");
  await user.click(screen.getByRole("button", { name: "Import" }));
}

function renderPanel() {
  const onImported = vi.fn();
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  render(
    <I18nProvider language="en">
      <ImportPanel onImported={onImported}>
        <textarea aria-label="Article text" defaultValue="what the reader typed" />
      </ImportPanel>
    </I18nProvider>,
  );
  return { onImported, fetchSpy };
}

describe("ImportPanel", () => {
  it("imports from an address copied without its scheme, as https", async () => {
    const user = userEvent.setup();
    const { onImported, fetchSpy } = renderPanel();
    const article = {
      title: "पुल",
      byline: null,
      sourceUrl: "https://news.example.in/a",
      paragraphs: ["एक।"],
    };
    fetchSpy.mockResolvedValueOnce(Response.json(article));
    await user.click(screen.getByLabelText("Web address of a news article"));
    await user.paste("news.example.in/a");
    await user.click(screen.getByRole("button", { name: "Import" }));
    // The box already holds text, so the panel asks first.
    await user.click(await screen.findByRole("button", { name: "Replace the text" }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledWith(article));
    expect(JSON.parse(String(fetchSpy.mock.calls[0]?.[1]?.body))).toEqual({
      url: "https://news.example.in/a",
    });
  });

  it("shows the server's refusal and leaves the text box alone", async () => {
    const user = userEvent.setup();
    const { onImported, fetchSpy } = renderPanel();
    fetchSpy.mockResolvedValueOnce(
      Response.json(
        {
          error: {
            code: "import_blocked_address",
            message: "The address points into a private network.",
          },
        },
        { status: 400 },
      ),
    );
    await user.click(screen.getByLabelText("Web address of a news article"));
    await user.paste("http://10.0.0.1/");
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Import failed: The address points into a private network.",
    );
    expect(onImported).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Article text")).toHaveValue("what the reader typed");
  });

  it("sends a picked file as a form upload", async () => {
    const user = userEvent.setup();
    const { onImported, fetchSpy } = renderPanel();
    fetchSpy.mockResolvedValueOnce(
      Response.json({ title: "notes", byline: null, sourceUrl: null, paragraphs: ["पाठ।"] }),
    );
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error("no file input");
    await user.upload(input, new File(["पाठ।"], "notes.txt", { type: "text/plain" }));
    await user.click(await screen.findByRole("button", { name: "Replace the text" }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalled());
    const body = fetchSpy.mock.calls[0]?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect(((body as FormData).get("file") as File).name).toBe("notes.txt");
  });

  it("fills an empty box without asking", async () => {
    const user = userEvent.setup();
    const { fetchSpy, box } = renderBox("");
    fetchSpy.mockResolvedValueOnce(Response.json(ARTICLE));
    await importAddress(user);
    await vi.waitFor(() => expect(box()).toHaveValue("नया पुल खुला\n\nपुल सोमवार को खुला।"));
    expect(screen.queryByRole("button", { name: "Replace the text" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Imported “नया पुल खुला” into the text box.",
    );
    expect(screen.queryByRole("button", { name: "Undo import" })).toBeNull();
  });

  it("asks before replacing typed text; keeping it changes nothing", async () => {
    const user = userEvent.setup();
    const { fetchSpy, box } = renderBox("मेरा अपना पाठ।");
    fetchSpy.mockResolvedValueOnce(Response.json(ARTICLE));
    await importAddress(user);
    const question = await screen.findByRole("group", {
      name: "Replace the text in the box with “नया पुल खुला”?",
    });
    expect(screen.getByRole("button", { name: "Replace the text" })).toHaveFocus();
    expect(box()).toHaveValue("मेरा अपना पाठ।");
    await user.click(screen.getByRole("button", { name: "Keep my text" }));
    expect(question).not.toBeInTheDocument();
    expect(box()).toHaveValue("मेरा अपना पाठ।");
  });

  it("replaces on request, and Undo brings the typed text back", async () => {
    const user = userEvent.setup();
    const { fetchSpy, box } = renderBox("मेरा अपना पाठ।\nदूसरी पंक्ति।");
    fetchSpy.mockResolvedValueOnce(Response.json(ARTICLE));
    await importAddress(user);
    await user.click(await screen.findByRole("button", { name: "Replace the text" }));
    expect(box()).toHaveValue("नया पुल खुला\n\nपुल सोमवार को खुला।");
    await user.click(screen.getByRole("button", { name: "Undo import" }));
    expect(box()).toHaveValue("मेरा अपना पाठ।\nदूसरी पंक्ति।");
    expect(screen.getByRole("status")).toHaveTextContent(
      "The text from before the import is back.",
    );
  });

  it("warns when the page had too little article text", async () => {
    const user = userEvent.setup();
    const { fetchSpy, box } = renderBox("");
    fetchSpy.mockResolvedValueOnce(
      Response.json({
        ...ARTICLE,
        paragraphs: ["Welcome", "Home / About"],
        title: "Welcome",
        warning: { code: "import_thin_article", message: "Only 12 characters." },
      }),
    );
    await importAddress(user);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /Very little article text was found on that page/,
    );
    expect(box()).toHaveValue("Welcome\n\nHome / About");
  });

  it("puts each original paragraph on one line (the reader splits long ones again), a blank line apart", async () => {
    const user = userEvent.setup();
    const { fetchSpy, box } = renderBox("");
    fetchSpy.mockResolvedValueOnce(
      Response.json({
        ...ARTICLE,
        paragraphs: ["शीर्षक", "पहला भाग।", "दूसरा भाग।", "अगला अनुच्छेद।"],
        paragraphStarts: [true, true, false, true],
      }),
    );
    await importAddress(user);
    await vi.waitFor(() =>
      expect(box()).toHaveValue("शीर्षक\n\nपहला भाग। दूसरा भाग।\n\nअगला अनुच्छेद।"),
    );
  });
});
