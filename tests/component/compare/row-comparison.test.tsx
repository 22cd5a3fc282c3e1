import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ParagraphTranslation } from "@/components/reader/paragraph-translation";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { I18nProvider, useT } from "@/lib/i18n/client";
import { engineQueryOptions } from "@/lib/query/translation-queries";

const PARAGRAPH: ApiParagraph = {
  index: 1,
  source: "बारिश हुई।",
  translation: "It rained.",
  engine: "gloss:default",
  cached: false,
  sentences: [{ source: [0, 10], target: [0, 10] }],
};

function Row() {
  const { t } = useT();
  return (
    <ParagraphTranslation
      index={1}
      paragraph={PARAGRAPH}
      translation="It rained."
      source="hi"
      target="en"
      activeSentence={null}
      onActivate={() => undefined}
      romanization={null}
      badge={undefined}
      showEngine={false}
      fallback={false}
      documentId={null}
      onSaveRevision={async () => ({ conflict: false, suggestion: false })}
      onCopyPair={async () => true}
      t={t}
    />
  );
}

describe("a row's comparison", () => {
  it("with no other engine for the direction, focuses the message saying so", async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    // The only engine is the one that made the row, so there is nothing to compare with.
    client.setQueryData(engineQueryOptions().queryKey, {
      default: "gloss:default",
      automatic: [],
      engines: [],
    });
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={client}>
        <I18nProvider language="en">
          <Row />
        </I18nProvider>
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Actions for paragraph 2" }));
    await user.click(screen.getByRole("menuitem", { name: "Compare with…" }));
    const message = await screen.findByText("No other engine is available for this direction.");
    expect(message).toHaveFocus();
  });
});
