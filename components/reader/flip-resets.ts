"use client";

import { createContext } from "react";

/**
 * The rows flipped on their own ("Show in …"), so "Show all in …" can put them back: after it,
 * every paragraph shows the language it names. Only flipped rows register, and only they
 * re-render when all are reset; the others stay as they are (the view itself is CSS).
 */
export interface FlipResets {
  /** Registers a flipped row's reset; returns the unregistration. */
  add(reset: () => void): () => void;
  /** Unflips every flipped row. */
  resetAll(): void;
}

export function createFlipResets(): FlipResets {
  const resets = new Set<() => void>();
  return {
    add(reset) {
      resets.add(reset);
      return () => resets.delete(reset);
    },
    resetAll() {
      for (const reset of [...resets]) reset();
    },
  };
}

/** The reader's flip resets; rows outside a reader (tests of one row) get a store of their own. */
export const FlipResetsContext = createContext<FlipResets>(createFlipResets());
