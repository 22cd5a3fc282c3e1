"use client";

import { useEffect, useMemo, useState } from "react";
import { segmentParagraphs } from "@/lib/text/paragraphs";
import { readDraft, writeDraft } from "./draft-storage";

/**
 * The article text being prepared, with its counts as the server will count them (the
 * paragraphs it splits into, and the sum of their lengths). On the home page it is kept in
 * the tab's sessionStorage, so a reload before the permalink exists loses nothing.
 */
export function useArticleText(initialText: string, keepDraft: boolean) {
  const [text, setTextState] = useState(initialText);

  useEffect(() => {
    if (!keepDraft) return;
    const draft = readDraft();
    // Restoring the tab's own draft after hydration is the intended effect: the server has none.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draft !== null) setTextState((current) => (current === "" ? draft : current));
  }, [keepDraft]);

  const setText = (value: string | ((current: string) => string)) =>
    setTextState((current) => {
      const next = typeof value === "function" ? value(current) : value;
      if (keepDraft) writeDraft(next);
      return next;
    });

  const counts = useMemo(() => {
    const { paragraphs } = segmentParagraphs(text);
    return {
      paragraphs: paragraphs.length,
      characters: paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0),
    };
  }, [text]);

  return { text, setText, counts };
}
