"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import { useT } from "@/lib/i18n/client";
import { engineQueryOptions } from "@/lib/query/translation-queries";
import { detectLanguage } from "@/lib/text/detect-language";
import { hasTranslatableContent } from "@/lib/text/normalize";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import { ArticleInput, type Direction } from "./article-input";
import { ReaderView } from "./reader-view";
import { useBrowserEngines } from "./use-browser-engines";

/** The home page's working area: paste an article, pick a direction and engine, then read. */
export function Translator() {
  const { t } = useT();
  const engines = useQuery(engineQueryOptions());
  const browserEngines = useBrowserEngines();
  const engineList = useMemo(
    () => (engines.data ? [...engines.data.engines, ...browserEngines] : undefined),
    [engines.data, browserEngines],
  );
  const [text, setText] = useState("");
  const [direction, setDirection] = useState<Direction>("auto");
  const [chosenEngine, setChosenEngine] = useState<string | null>(null);
  const [input, setInput] = useState<TranslateInput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();

  const defaultEngine = useMemo(() => {
    const list = engineList ?? [];
    const preferred = list.find(
      (engine) => engine.engineId === engines.data?.default || engine.id === engines.data?.default,
    );
    return (
      (preferred?.available ? preferred : list.find((engine) => engine.available))?.id ??
      "gloss:default"
    );
  }, [engines.data, engineList]);
  const engine = chosenEngine ?? defaultEngine;
  const detected = useMemo(() => (text.trim() === "" ? null : detectLanguage(text)), [text]);

  const submit = () => {
    const { paragraphs } = segmentParagraphs(text);
    if (!paragraphs.some((paragraph) => hasTranslatableContent(paragraph.text))) {
      setError(t("input.errorEmpty"));
      return;
    }
    const source =
      direction === "hi-en" ? "hi" : direction === "en-hi" ? "en" : detectLanguage(text);
    if (source === null) {
      setError(t("input.errorNoLanguage"));
      return;
    }
    setError(null);
    // The engine is fixed when the article is submitted, so the engine list arriving late can
    // never swap the engine of an article already being read.
    setInput({
      paragraphs: paragraphs.map((paragraph) => paragraph.text),
      source,
      target: source === "hi" ? "en" : "hi",
      engine,
    });
  };

  // Picking another engine while reading re-translates with it (the server cache answers
  // paragraphs it has already seen); the query key includes the engine.
  const chooseEngine = (next: string) => {
    setChosenEngine(next);
    setInput((current) => (current ? { ...current, engine: next } : current));
  };

  return (
    // data-ready marks hydration: until then the buttons are inert, and browser tests wait for it.
    <div className="space-y-8" data-ready={hydrated ? "true" : undefined}>
      <ArticleInput
        text={text}
        onTextChange={(value) => {
          setText(value);
          setError(null);
        }}
        direction={direction}
        onDirectionChange={setDirection}
        detected={detected}
        engine={engine}
        onEngineChange={chooseEngine}
        engines={engineList}
        error={error}
        busy={false}
        compact={input !== null}
        onSubmit={submit}
      />
      {input && (
        <ReaderView
          key={`${input.source}-${input.paragraphs.length}-${input.paragraphs[0] ?? ""}`}
          input={input}
          engines={engineList}
        />
      )}
    </div>
  );
}

const subscribeNever = () => () => undefined;

/** False during server rendering and hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
