import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstRowOnScreen, holdRowInPlace } from "@/components/reader/hold-row-in-place";

// jsdom lays nothing out: each row's box is set here, and scrolling moves every box, as in a
// browser. Rows are 100 px tall, one under the other, and the page starts scrolled to `scroll`.
let scroll = 0;
const heights = new Map<number, number>();
const ROWS = 10;

function topOf(index: number) {
  let top = 0;
  for (let row = 0; row < index; row += 1) top += heights.get(row) ?? 100;
  return top - scroll;
}

beforeEach(() => {
  scroll = 0;
  heights.clear();
  document.body.innerHTML = Array.from(
    { length: ROWS },
    (_, index) => `<div id="p-${index}" data-paragraph-index="${index}"></div>`,
  ).join("");
  for (const row of document.querySelectorAll<HTMLElement>("[data-paragraph-index]")) {
    const index = Number(row.dataset.paragraphIndex);
    row.getBoundingClientRect = () => {
      const top = topOf(index);
      const height = heights.get(index) ?? 100;
      return { top, bottom: top + height, height } as DOMRect;
    };
  }
  Object.defineProperty(window, "scrollY", { configurable: true, get: () => scroll });
  window.scrollBy = ((_x: number, y: number) => {
    scroll += y;
  }) as typeof window.scrollBy;
});
afterEach(() => {
  document.body.innerHTML = "";
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

describe("holdRowInPlace", () => {
  it("finds the first row on the screen", () => {
    scroll = 350;
    expect(firstRowOnScreen()).toEqual({ index: 3, top: -50 });
  });

  it("keeps the row where it was while rows above it grow, over several frames", async () => {
    scroll = 350;
    const anchor = firstRowOnScreen();
    if (anchor === null) throw new Error("no row on screen");
    // Rows above grow now, and again a frame later (content-visibility settling).
    heights.set(0, 300);
    const letGo = holdRowInPlace(anchor);
    expect(document.getElementById("p-3")?.getBoundingClientRect().top).toBe(-50);
    heights.set(1, 250);
    await nextFrame();
    expect(document.getElementById("p-3")?.getBoundingClientRect().top).toBe(-50);
    letGo();
  });

  it("lets go when the reader scrolls", async () => {
    scroll = 350;
    const anchor = firstRowOnScreen();
    if (anchor === null) throw new Error("no row on screen");
    holdRowInPlace(anchor);
    window.dispatchEvent(new WheelEvent("wheel"));
    heights.set(0, 300);
    await nextFrame();
    await nextFrame();
    // Not put back: the reader has the scrolling now.
    expect(document.getElementById("p-3")?.getBoundingClientRect().top).toBe(150);
  });

  it("lets go when something else scrolls the page", async () => {
    scroll = 350;
    const anchor = firstRowOnScreen();
    if (anchor === null) throw new Error("no row on screen");
    holdRowInPlace(anchor);
    scroll = 800;
    window.dispatchEvent(new Event("scroll"));
    heights.set(0, 300);
    await nextFrame();
    expect(document.getElementById("p-3")?.getBoundingClientRect().top).toBe(-300);
  });
});
