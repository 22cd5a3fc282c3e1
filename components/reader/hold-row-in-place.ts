/** Where a row stood on the screen: its index and its top, from the top of the viewport. */
export interface RowAnchor {
  index: number;
  top: number;
}

/** What the reader does that means they have taken over the scrolling. */
export const TAKEOVER_EVENTS = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
/** The longest a row is held: enough frames for rows under content-visibility to settle. */
const MAX_FRAMES = 20;
/** Frames in a row without a move after which the layout counts as settled. */
const STEADY_FRAMES = 3;

/** The first row on the screen (its bottom below the screen's top), where the reader's eye is. */
export function firstRowOnScreen(): RowAnchor | null {
  const rows = document.querySelectorAll<HTMLElement>("[data-paragraph-index]");
  // Rows are in document order, so their bottoms only grow: a binary search for the first one
  // below the screen's top reads a handful of boxes instead of every row above it.
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle]?.getBoundingClientRect().bottom ?? 0) > 0) high = middle;
    else low = middle + 1;
  }
  const row = rows[low];
  return row
    ? { index: Number(row.dataset.paragraphIndex), top: row.getBoundingClientRect().top }
    : null;
}

/** Scrolls so that the anchor's row is where it was; returns how far it had moved. */
export function putRowBack(anchor: RowAnchor): number {
  const row = document.getElementById(`p-${anchor.index}`);
  if (!row) return 0;
  const moved = row.getBoundingClientRect().top - anchor.top;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  return moved;
}

/**
 * Keeps a row where it was on the screen while the rows around it change size: now, and again
 * each frame until the layout has settled. Rows under `content-visibility: auto` take their
 * real size a frame or two after they are made (rows far above can grow then), and the browser's
 * own scroll anchoring holds the element it picked, which may be the row half hidden under the
 * toolbar rather than the one being read, so one correction is not enough. It lets go as soon as
 * the reader scrolls, clicks, touches or types, or anything else scrolls the page. Returns the
 * function that lets go.
 */
export function holdRowInPlace(anchor: RowAnchor): () => void {
  let frame = 0;
  let frames = 0;
  let steady = 0;
  let held = true;
  let expectedScroll = window.scrollY;
  const letGo = () => {
    if (!held) return;
    held = false;
    cancelAnimationFrame(frame);
    for (const type of TAKEOVER_EVENTS) window.removeEventListener(type, letGo, { capture: true });
    window.removeEventListener("scroll", onScroll);
  };
  // A scroll we did not make (the reader's, a jump, a test's) ends the hold.
  const onScroll = () => {
    if (Math.abs(window.scrollY - expectedScroll) >= 1) letGo();
  };
  const step = () => {
    if (!held) return;
    const moved = putRowBack(anchor);
    expectedScroll = window.scrollY;
    steady = Math.abs(moved) < 1 ? steady + 1 : 0;
    frames += 1;
    if (steady < STEADY_FRAMES && frames < MAX_FRAMES) frame = requestAnimationFrame(step);
    else letGo();
  };
  for (const type of TAKEOVER_EVENTS)
    window.addEventListener(type, letGo, { capture: true, passive: true });
  window.addEventListener("scroll", onScroll, { passive: true });
  step();
  return letGo;
}
