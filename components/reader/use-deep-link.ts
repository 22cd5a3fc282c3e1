"use client";

import { useEffect, useState } from "react";
import { TAKEOVER_EVENTS } from "./hold-row-in-place";

/** How long a landed row is held at the top while content above it settles. */
const HOLD_MS = 10_000;

/**
 * Lands a `#p-N` link's paragraph at the top of the reading area. Rows above it lay out only
 * when scrolled near (content-visibility), and web fonts may still be arriving, so the first
 * scroll can land short; it scrolls again each frame until the row stays put, then focuses it.
 * Content above the reader can still change size afterwards (the draft notice arrives once the
 * engine status is known), so for the first seconds the row is put back at the top whenever the
 * page's layout changes. The reader scrolling, clicking, touching or typing ends all of it, the
 * landing included: a key pressed while the row settles (the browser focuses a link's row at
 * once) must not have its focus taken back when the landing ends.
 */
export function useDeepLink(ready: boolean): boolean {
  // Room below the last row, so even the last paragraph can reach the top of the screen.
  const [linked, setLinked] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    let cancelled = false;
    let release = () => {};
    const land = () => {
      release();
      const match = /^#p-(\d+)$/.exec(window.location.hash);
      const row = match ? document.getElementById(`p-${match[1]}`) : null;
      if (!row) return;
      setLinked(true);
      let lastTop = Number.NaN;
      let steady = 0;
      let tries = 0;
      let held = true;
      // Re-anchors the row if a layout change above it moved it off its place.
      const anchor = () => {
        if (cancelled || !held) return;
        const top = row.getBoundingClientRect().top;
        const margin = parseFloat(getComputedStyle(row).scrollMarginTop) || 0;
        if (Math.abs(top - margin) >= 1) row.scrollIntoView({ block: "start" });
      };
      const observer = new ResizeObserver(anchor);
      observer.observe(document.documentElement);
      observer.observe(document.body);
      const timer = window.setTimeout(() => release(), HOLD_MS);
      const takeOver = () => release();
      for (const type of TAKEOVER_EVENTS)
        window.addEventListener(type, takeOver, { capture: true, passive: true });
      release = () => {
        held = false;
        cancelAnimationFrame(frame);
        observer.disconnect();
        window.clearTimeout(timer);
        for (const type of TAKEOVER_EVENTS)
          window.removeEventListener(type, takeOver, { capture: true });
        release = () => {};
      };
      const step = () => {
        if (cancelled || !held) return;
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
      release();
      window.removeEventListener("hashchange", land);
    };
  }, [ready]);
  return linked;
}
