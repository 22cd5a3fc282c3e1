"use client";

import { useCallback, useEffect, useState } from "react";

/** Scrolls to a paragraph, focuses it, and highlights it briefly so the eye finds it. */
export function useParagraphJump() {
  const [highlighted, setHighlighted] = useState<number | null>(null);

  const goToParagraph = useCallback((index: number) => {
    const row = document.getElementById(`p-${index}`);
    if (!row) return;
    row.scrollIntoView({
      behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
      block: "start",
    });
    row.focus({ preventScroll: true });
    setHighlighted(index);
  }, []);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), 2500);
    return () => clearTimeout(timer);
  }, [highlighted]);

  return { highlighted, goToParagraph };
}
