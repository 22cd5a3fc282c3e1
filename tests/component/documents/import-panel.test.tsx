import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ImportPanel } from "@/components/documents/import-panel";
import { I18nProvider } from "@/lib/i18n/client";

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
    await user.type(screen.getByLabelText("Web address of a news article"), "news.example.in/a");
    await user.click(screen.getByRole("button", { name: "Import" }));
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
    await user.type(screen.getByLabelText("Web address of a news article"), "http://10.0.0.1/");
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
    await vi.waitFor(() => expect(onImported).toHaveBeenCalled());
    const body = fetchSpy.mock.calls[0]?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect(((body as FormData).get("file") as File).name).toBe("notes.txt");
  });
});
