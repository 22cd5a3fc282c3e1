import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FactFlag } from "@/components/fact-check/fact-flag";
import { FactSummary } from "@/components/fact-check/fact-summary";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { checkFacts } from "@/lib/fact-check/fact-check";
import { I18nProvider } from "@/lib/i18n/client";

const paragraph = (index: number, source: string, translation: string): ApiParagraph => ({
  index,
  source,
  translation,
  engine: "openai:test",
  cached: false,
  sentences: [],
  factIssues: checkFacts({ source, translation, sourceLanguage: "hi", targetLanguage: "en" }),
});

const rows = [
  paragraph(0, "हादसे में 525 लोग घायल हुए।", "Many people were injured."),
  paragraph(1, "मौसम अच्छा है।", "The weather is good."),
  paragraph(2, "बजट 1,250 करोड़ रुपये है।", "The budget is Rs 1,250 million."),
];

describe("FactFlag", () => {
  it("says on the row what the translation lost and what changed, in English", () => {
    render(
      <I18nProvider language="en">
        <FactFlag issues={rows[0]?.factIssues ?? []} source="hi" target="en" />
        <FactFlag issues={rows[2]?.factIssues ?? []} source="hi" target="en" />
      </I18nProvider>,
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Number: “525” is not in the translation",
      "Number: “1,250 करोड़ रुपये” became “Rs 1,250 million”",
    ]);
  });

  it("speaks Hindi when the interface does", () => {
    render(
      <I18nProvider language="hi">
        <FactFlag issues={rows[0]?.factIssues ?? []} source="hi" target="en" />
      </I18nProvider>,
    );
    expect(screen.getByText("मूल से मिलान करें")).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent("संख्या: “525” अनुवाद में नहीं है");
  });
});

describe("FactSummary", () => {
  it("counts flagged paragraphs once at the top and goes to each by keyboard", async () => {
    const onGo = vi.fn();
    render(
      <I18nProvider language="en">
        <FactSummary paragraphs={[...rows, undefined]} onGoToParagraph={onGo} />
      </I18nProvider>,
    );
    const summary = screen.getByRole("region", { name: "Fact check" });
    expect(
      within(summary).getByText("2 paragraphs may have lost or changed a number"),
    ).toBeInTheDocument();
    const go = within(summary).getByRole("navigation", { name: "Flagged paragraphs" });
    expect(
      within(go)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Paragraph 1", "Paragraph 3"]);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    expect(onGo).toHaveBeenCalledWith(2);
  });

  it("is absent when nothing was flagged, and speaks Hindi", () => {
    const { rerender } = render(
      <I18nProvider language="hi">
        <FactSummary paragraphs={[rows[1]]} onGoToParagraph={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.queryByRole("region")).toBeNull();
    rerender(
      <I18nProvider language="hi">
        <FactSummary paragraphs={[rows[0]]} onGoToParagraph={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByText("1 अनुच्छेद में शायद कोई संख्या छूटी या बदली है")).toBeInTheDocument();
  });
});
