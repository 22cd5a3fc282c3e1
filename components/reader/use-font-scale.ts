"use client";

import { useCallback, useEffect, useState } from "react";

/** The reader's text sizes, as multiples of the base size; step 1 is the default. */
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75] as const;
const STORAGE_KEY = "reader-font-step";

/** The reader's text size, remembered across visits in localStorage. */
export function useFontScale() {
  const [step, setStep] = useState(1);

  useEffect(() => {
    // Nothing stored (a first visit) must not read as step 0: Number(null) is 0, which opened
    // every first visit at the smallest size.
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === null || saved.trim() === "") return;
    const stored = Number(saved);
    // Restoring a saved preference from storage after hydration is the intended effect here:
    // the server cannot know it, so the first render must use the default.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Number.isInteger(stored) && stored >= 0 && stored < FONT_SCALES.length) setStep(stored);
  }, []);
  useEffect(() => window.localStorage.setItem(STORAGE_KEY, String(step)), [step]);

  const shrink = useCallback(() => setStep((current) => Math.max(0, current - 1)), []);
  const grow = useCallback(
    () => setStep((current) => Math.min(FONT_SCALES.length - 1, current + 1)),
    [],
  );
  return {
    step,
    scale: FONT_SCALES[step] ?? 1,
    canShrink: step > 0,
    canGrow: step < FONT_SCALES.length - 1,
    shrink,
    grow,
  };
}
