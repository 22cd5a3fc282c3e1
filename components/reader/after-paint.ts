"use client";

import { useEffect, useState } from "react";

/** How long work waits for a frame before it runs anyway (a tab in the background paints none). */
const HIDDEN_TAB_DELAY_MS = 200;

/**
 * Runs `callback` once the browser has painted the next frame: an animation frame, then a task
 * queued from it, which runs after that frame's style, layout and paint. Work that nothing on
 * screen waits for (saving the article, asking for its summary) goes here, so the rows that
 * just arrived are painted first instead of after it. Returns a function that cancels.
 */
export function afterNextPaint(callback: () => void): () => void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    callback();
  };
  const timers: ReturnType<typeof setTimeout>[] = [];
  // A hidden tab paints no frames (and runs no animation frames): the timer runs it then.
  timers.push(setTimeout(run, HIDDEN_TAB_DELAY_MS));
  const frame =
    typeof requestAnimationFrame === "undefined"
      ? undefined
      : requestAnimationFrame(() => timers.push(setTimeout(run, 0)));
  return () => {
    pending = false;
    if (frame !== undefined) cancelAnimationFrame(frame);
    for (const timer of timers) clearTimeout(timer);
  };
}

/**
 * `flag`, except that it turns true only after a frame has been painted with it true: what it
 * enables starts after the render that set it is on screen. Once true it follows `flag` at once.
 */
export function useFlagAfterPaint(flag: boolean): boolean {
  const [painted, setPainted] = useState(flag);
  useEffect(() => {
    if (!flag || painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [flag, painted]);
  return flag && painted;
}

/** The longest work queued for an idle moment waits when the browser is never idle. */
const IDLE_TIMEOUT_MS = 300;

/**
 * Runs `callback` when the browser is idle (after the frames and input waiting to be handled),
 * or after `timeout` ms at the latest; after `fallbackDelay` ms where there is no
 * requestIdleCallback (Safari). Returns a function that cancels.
 */
export function whenIdle(
  callback: () => void,
  { timeout = IDLE_TIMEOUT_MS, fallbackDelay = 0 } = {},
): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => callback(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, fallbackDelay);
  return () => clearTimeout(timer);
}
