import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AddToGlossaryButton } from "@/components/glossary/add-to-glossary-button";
import { GlossaryPanel } from "@/components/glossary/glossary-panel";
import { readReaderGlossary } from "@/lib/glossary/reader-glossary";
import { I18nProvider } from "@/lib/i18n/client";

beforeEach(() => window.localStorage.clear());

describe("GlossaryPanel", () => {
  it("adds a rendering and a kept term from the keyboard, lists and removes them", async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <GlossaryPanel defaultLanguage="hi" />
      </I18nProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Glossary (0)" }));
    await user.type(screen.getByRole("textbox", { name: "Term" }), "एमबी पाटिल");
    await user.type(
      screen.getByRole("textbox", { name: "Always translate as" }),
      "M.B. Patil{Enter}",
    );
    await user.type(screen.getByRole("textbox", { name: "Term" }), "ISRO{Enter}");
    const list = screen.getByRole("list", { name: "Glossary terms" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["एमबी पाटिल→M.B. PatilRemove एमबी पाटिल", "ISRO→keep as isRemove ISRO"]);
    expect(readReaderGlossary()).toEqual([
      { term: "एमबी पाटिल", language: "hi", rendering: "M.B. Patil" },
      { term: "ISRO", language: "hi", rendering: null },
    ]);
    await user.click(screen.getByRole("button", { name: "Remove ISRO" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Glossary (1)" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await user.click(screen.getByRole("textbox", { name: "Term" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "Glossary (1)" })).toHaveFocus();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("refuses an empty term in Hindi", async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="hi">
        <GlossaryPanel defaultLanguage="en" />
      </I18nProvider>,
    );
    await user.click(screen.getByRole("button", { name: "शब्दावली (0)" }));
    await user.click(screen.getByRole("button", { name: "शब्दावली में जोड़ें" }));
    expect(screen.getByRole("alert")).toHaveTextContent("पहले कोई शब्द लिखें।");
    expect(readReaderGlossary()).toEqual([]);
  });
});

describe("AddToGlossaryButton", () => {
  it("adds the word in one click, kept as it is, and then says so", async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <AddToGlossaryButton term="पाटिल" language="hi" />
      </I18nProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Add to glossary" }));
    expect(screen.getByRole("status")).toHaveTextContent("Added to your glossary");
    expect(readReaderGlossary()).toEqual([{ term: "पाटिल", language: "hi", rendering: null }]);
  });

  it("says when the word is already there", () => {
    window.localStorage.setItem(
      "dvibhashi.glossary",
      JSON.stringify([{ term: "Patil", language: "en", rendering: "पाटिल" }]),
    );
    render(
      <I18nProvider language="hi">
        <AddToGlossaryButton term="patil" language="en" />
      </I18nProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("आपकी शब्दावली में है");
  });
});
