import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ArticleInput } from "@/components/reader/article-input";
import { I18nProvider } from "@/lib/i18n/client";
import { ENGLISH_SAMPLE } from "@/lib/samples/sample-articles";

/** The form as the translator holds it: the text in state, Translate reporting what it sends. */
function Form({ onSubmit }: { onSubmit: (text: string) => void }) {
  const [text, setText] = useState("");
  return (
    <I18nProvider language="en">
      <ArticleInput
        text={text}
        onTextChange={setText}
        direction="auto"
        onDirectionChange={() => {}}
        detected={null}
        engine="auto"
        onEngineChange={() => {}}
        engines={undefined}
        error={null}
        busy={false}
        compact={false}
        counts={{ characters: text.length, paragraphs: text.split("\n").length }}
        articleLimit={200_000}
        onSubmit={() => onSubmit(text)}
      />
    </I18nProvider>
  );
}

describe("article input", () => {
  it("counts one paragraph in the singular and more in the plural", () => {
    render(<Form onSubmit={() => {}} />);
    const box = screen.getByLabelText("Article text");
    fireEvent.change(box, { target: { value: "The rain came." } });
    expect(screen.getByText("14 of 2,00,000 characters · 1 paragraph")).toBeInTheDocument();
    fireEvent.change(box, { target: { value: "The rain came.\nPeople are happy." } });
    // This form counts the line break too.
    expect(screen.getByText("32 of 2,00,000 characters · 2 paragraphs")).toBeInTheDocument();
  });

  it("holds Translate while a sample loads, so a quick press sends the sample and not the empty box", async () => {
    const sent = vi.fn();
    render(<Form onSubmit={sent} />);
    const translate = screen.getByRole("button", { name: "Translate" });
    fireEvent.click(screen.getByRole("button", { name: "Try an English sample" }));
    // Pressed before the sample's module has arrived: nothing goes out.
    expect(translate).toBeDisabled();
    fireEvent.click(translate);
    fireEvent.keyDown(screen.getByLabelText("Article text"), { key: "Enter", ctrlKey: true });
    expect(sent).not.toHaveBeenCalled();

    await waitFor(() => expect(translate).toBeEnabled());
    expect(screen.getByLabelText("Article text")).toHaveValue(ENGLISH_SAMPLE.text);
    fireEvent.click(translate);
    expect(sent).toHaveBeenCalledWith(ENGLISH_SAMPLE.text);
  });
});
