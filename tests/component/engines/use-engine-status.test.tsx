import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { useEngineStatus } from "@/components/engines/use-engine-status";
import type { TranslateInput } from "@/lib/api-client/api-client";
import type { ApiParagraph } from "@/lib/api/wire-types";
import { translationQueryKey, type TranslationState } from "@/lib/query/translation-queries";

const input: TranslateInput = {
  paragraphs: ["एक।", "दो।"],
  source: "hi",
  target: "en",
  engine: "libretranslate:default",
};
const t = ((key: string) => key) as unknown as TFunction;

const row = (index: number, engine: string): ApiParagraph => ({
  index,
  source: input.paragraphs[index] ?? "",
  translation: `T${index}`,
  engine,
  cached: false,
  sentences: [],
});

function renderStatus() {
  const client = new QueryClient();
  let renders = 0;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    () => {
      renders += 1;
      return useEngineStatus(input, { automatic: false, engines: [], choices: [], t });
    },
    { wrapper },
  );
  // Observers hear of new data on the query's notify schedule (a timer here): wait it out.
  const arrive = (state: TranslationState) =>
    act(async () => {
      client.setQueryData(translationQueryKey(input), state);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  return { hook, arrive, renders: () => renders };
}

describe("useEngineStatus", () => {
  it("does not re-render the page around the reader when a full engine's first rows arrive", async () => {
    const { hook, arrive, renders } = renderStatus();
    const before = renders();
    await arrive({ paragraphs: [row(0, "libretranslate:default"), undefined], done: false });
    expect(renders()).toBe(before);
    expect(hook.result.current.draftInUse).toBe(false);
  });

  it("re-renders once the offline draft fills a row, and says so", async () => {
    const { hook, arrive, renders } = renderStatus();
    await arrive({ paragraphs: [row(0, "libretranslate:default"), undefined], done: false });
    const before = renders();
    await arrive({
      paragraphs: [row(0, "libretranslate:default"), row(1, "gloss:default")],
      done: true,
    });
    expect(renders()).toBeGreaterThan(before);
    expect(hook.result.current.draftInUse).toBe(true);
  });
});
