import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ComparePanel } from "@/components/compare/compare-panel";
import type { ApiEngine, ApiParagraph } from "@/lib/api/wire-types";
import { I18nProvider } from "@/lib/i18n/client";

const engine = (engineId: string): ApiEngine => ({
  id: `${engineId}:default`,
  engineId,
  modelId: "default",
  kind: "remote",
  quality: "full",
  languagePairs: [{ source: "hi", target: "en" }],
  limits: { maxCharactersPerRequest: 5_000, maxSegmentsPerRequest: 50, maxConcurrentRequests: 2 },
  available: true,
});

const paragraph: ApiParagraph = {
  index: 0,
  source: "हादसे में 525 लोग घायल हुए।",
  translation: "Many people were hurt.",
  engine: "libretranslate:default",
  cached: false,
  sentences: [],
};

function renderPanel(language: "en" | "hi", onUse = vi.fn(async () => undefined)) {
  // The API's answer for the other engine, as /api/translate sends it.
  const fetchDouble = vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { engine: string; paragraphs: string[] };
    return Response.json({
      paragraphs: [
        {
          ...paragraph,
          engine: body.engine,
          translation: body.engine.startsWith("deepl") ? "525 people were hurt." : "x",
        },
      ],
    });
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider language={language}>
        <ComparePanel
          paragraph={paragraph}
          translation="Many people were hurt."
          source="hi"
          target="en"
          candidates={[engine("deepl"), engine("google")]}
          onUse={onUse}
          onClose={() => undefined}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { fetchDouble, onUse };
}

describe("ComparePanel", () => {
  it("shows the other engine's text beside the current one, differing words marked", async () => {
    const { fetchDouble, onUse } = renderPanel("en");
    const other = await screen.findByText("DeepL", { selector: "figcaption" });
    const figure = other.closest("figure") as HTMLElement;
    expect(
      within(figure)
        .getAllByText((_, node) => node?.tagName === "MARK")
        .map((mark) => mark.textContent),
    ).toEqual(["525 "]);
    expect(JSON.parse(String(fetchDouble.mock.calls[0]?.[1]?.body))).toMatchObject({
      paragraphs: [paragraph.source],
      engine: "deepl:default",
      fallback: false,
    });
    await userEvent.click(within(figure).getByRole("button", { name: "Use this one" }));
    expect(onUse).toHaveBeenCalledWith("525 people were hurt.", "deepl:default");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Kept as a correction, made by DeepL.",
    );
  });

  it("speaks Hindi", async () => {
    renderPanel("hi");
    expect(await screen.findByText("तुलना के लिए इंजन")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "यही रखें" })).toBeInTheDocument();
  });
});
