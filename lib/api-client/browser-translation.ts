import { createChromeEngine } from "@/lib/translation/engines/chrome/chrome-engine";
import type { TranslationEngine } from "@/lib/translation/engine-spec";
import { TranslationError } from "@/lib/translation/errors";
import { translateDocument, type ParagraphTranslation } from "@/lib/translation/orchestrator";
import type { StreamChunk, TranslateInput } from "./api-client";
import type { ApiParagraph } from "@/lib/api/wire-types";

export { isBrowserEngine } from "./browser-engine-ids";

let chrome: TranslationEngine | undefined;
/** One engine instance per page, so a downloaded language model is created once. */
export function browserEngine(): TranslationEngine {
  chrome ??= createChromeEngine();
  return chrome;
}

const toApi = (paragraph: ParagraphTranslation): ApiParagraph => ({ ...paragraph });

/**
 * Translates in the browser with the same orchestrator the server uses, yielding paragraphs as
 * they complete in the same shape as the server's NDJSON stream, so the reader cannot tell the
 * difference (progress, per-paragraph errors and Retry all behave the same).
 */
export async function* streamBrowserTranslation(
  input: TranslateInput,
  signal?: AbortSignal,
  engine: TranslationEngine = browserEngine(),
): AsyncGenerator<StreamChunk> {
  const ready: ApiParagraph[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  let failure: TranslationError | undefined;
  void translateDocument({
    engine,
    paragraphs: input.paragraphs,
    source: input.source,
    target: input.target,
    abortSignal: signal,
    onParagraph: (paragraph) => {
      ready.push(toApi(paragraph));
      wake?.();
    },
  })
    .catch((error: unknown) => {
      failure =
        error instanceof TranslationError
          ? error
          : new TranslationError("engine_failure", { message: String(error) });
    })
    .finally(() => {
      finished = true;
      wake?.();
    });
  for (;;) {
    while (ready.length > 0) {
      const next = ready.shift();
      if (next) yield next;
    }
    if (finished) break;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
  yield {
    done: true,
    ...(failure ? { error: { code: failure.code, message: failure.message } } : {}),
  };
}

/** Translates a few texts in the browser (a retried paragraph, summary bullets). */
export async function translateInBrowser(
  input: TranslateInput,
  engine: TranslationEngine = browserEngine(),
): Promise<ApiParagraph[]> {
  const results = await translateDocument({
    engine,
    paragraphs: input.paragraphs,
    source: input.source,
    target: input.target,
  });
  return results.map(toApi);
}
