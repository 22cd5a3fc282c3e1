"use client";

import { memo, useCallback, useLayoutEffect, useRef } from "react";
import { EnginePicker } from "@/components/engines/engine-picker";
import type { ApiEngine } from "@/lib/api/wire-types";
import { useT } from "@/lib/i18n/client";
import { ArticleInputView, type Direction } from "./article-input-view";

export type { Direction } from "./article-input-view";

interface ArticleInputProps {
  text: string;
  onTextChange: (text: string) => void;
  direction: Direction;
  onDirectionChange: (direction: Direction) => void;
  detected: "hi" | "en" | null;
  engine: string;
  onEngineChange: (engine: string) => void;
  engines: ApiEngine[] | undefined;
  error: string | null;
  busy: boolean;
  /** True while an article is open in the reader: the box then takes less room. */
  compact: boolean;
  /** The text as it will be sent: its paragraphs and their characters, counted as the server does. */
  counts: { characters: number; paragraphs: number };
  /** The most characters one article may have. */
  articleLimit: number;
  onSubmit: () => void;
}

// The picker's options are one translated label per engine. The page around the reader
// re-renders now and then while an article is read (the draft notice appearing, say), and
// building them again cost 5 ms of such an update.
const StableEnginePicker = memo(EnginePicker);

/** The article form inside the reader: the shared form (article-input-view.tsx) in i18next's words. */
export function ArticleInput({ engine, onEngineChange, engines, ...props }: ArticleInputProps) {
  const { t, i18n } = useT();
  // The parent's handler is a new function each render; the picker gets one that calls the latest.
  const latestEngineChange = useRef(onEngineChange);
  useLayoutEffect(() => {
    latestEngineChange.current = onEngineChange;
  });
  const changeEngine = useCallback((next: string) => latestEngineChange.current(next), []);
  return (
    <ArticleInputView
      {...props}
      locale={i18n.language === "hi" ? "hi-IN" : "en-IN"}
      strings={{
        label: t("input.label"),
        trySample: t("input.trySample"),
        tryEnglishSample: t("input.tryEnglishSample"),
        placeholder: t("input.placeholder"),
        counter: ({ paragraphCount, ...values }) =>
          t("input.counter", { ...values, count: paragraphCount }),
        shortcutHint: t("input.shortcutHint"),
        direction: t("input.direction"),
        directionAuto: t("input.directionAuto"),
        directionHiEn: t("input.directionHiEn"),
        directionEnHi: t("input.directionEnHi"),
        detected: (direction) => t("input.detected", { direction }),
        engine: t("input.engine"),
        translate: t("input.translate"),
        translating: t("input.translating"),
      }}
      engineControl={(id) => (
        <StableEnginePicker id={id} value={engine} engines={engines} onChange={changeEngine} />
      )}
    />
  );
}
