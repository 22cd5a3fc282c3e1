"use client";

import { useEffect, useState } from "react";

/**
 * Lands a `#p-N` link's paragraph at the top of the reading area. Rows above it lay out only
 * when scrolled near (content-visibility), and web fonts may still be arriving, so the first
 * scroll can land short; it scrolls again each frame until the row stays put.
 */
export function useDeepLink(ready: boolean): boolean {
  // Room below the last row, so even the last paragraph can reach the top of the screen.
  const [linked, setLinked] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    let cancelled = false;
    const land = () => {
      const match = /^#p-(\d+)$/.exec(window.location.hash);
      const row = match ? document.getElementById(`p-${match[1]}`) : null;
      if (!row) return;
      setLinked(true);
      let lastTop = Number.NaN;
      let steady = 0;
      let tries = 0;
      const step = () => {
        if (cancelled) return;
        row.scrollIntoView({ block: "start" });
        const top = row.getBoundingClientRect().top;
        steady = Math.abs(top - lastTop) < 1 ? steady + 1 : 0;
        lastTop = top;
        tries += 1;
        // Three quiet frames in a row, or two seconds of trying, whichever comes first.
        if (steady < 3 && tries < 120) frame = requestAnimationFrame(step);
        else row.focus({ preventScroll: true });
      };
      step();
    };
    land();
    window.addEventListener("hashchange", land);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", land);
    };
  }, [ready]);
  return linked;
}
