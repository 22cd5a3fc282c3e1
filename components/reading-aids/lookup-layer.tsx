"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { ApiWordLookup } from "@/lib/api/wire-types";
import { LookupContext, type LookupActions, type LookupRequest } from "./reading-aids-context";
import { WordPopover } from "./word-popover";

/**
 * Provides the word lookup to the sentences inside it and shows the one popover, in a portal
 * at the page's top level so no row's overflow or stacking cuts it off. The opener is stable,
 * so rows do not re-render when a popover opens or closes.
 */
export function LookupLayer({
  children,
  actions,
}: {
  children: React.ReactNode;
  /** Extra actions in the popover (the glossary's "add"); the lead wires them in. */
  actions?: (entry: ApiWordLookup) => React.ReactNode;
}) {
  const [request, setRequest] = useState<LookupRequest | null>(null);
  const current = useRef<LookupRequest | null>(null);
  const open = useCallback((next: LookupRequest) => {
    current.current = next;
    setRequest(next);
  }, []);
  const value = useMemo<LookupActions>(() => ({ open }), [open]);
  const close = useCallback(() => {
    const closing = current.current;
    current.current = null;
    setRequest(null);
    // Back where the reader was, as a dialog should leave things.
    if (closing?.returnFocus?.isConnected) closing.returnFocus.focus({ preventScroll: true });
  }, []);
  return (
    <LookupContext.Provider value={value}>
      {children}
      {request !== null &&
        createPortal(
          <WordPopover
            key={`${request.language}:${request.word}:${request.anchor.left}:${request.anchor.top}`}
            word={request.word}
            language={request.language}
            untranslatedFrom={request.untranslatedFrom}
            anchor={request.anchor}
            onClose={close}
            actions={actions}
          />,
          document.body,
        )}
    </LookupContext.Provider>
  );
}
