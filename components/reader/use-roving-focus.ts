"use client";

import { useCallback, useLayoutEffect, useRef } from "react";
import { rowShowsTranslation } from "./row-view";

const ITEM = "[data-roving]";

/**
 * Whether the reader's view hides `item` (reader-views.css): the other language's cell in a
 * one-language view, or the flip button where both show. Such items cannot take focus.
 */
function hiddenByView(item: HTMLElement): boolean {
  const row = item.closest(".paragraph-row");
  if (!row) return false;
  const showsTranslation = rowShowsTranslation(row);
  if (showsTranslation === undefined) return item.classList.contains("flip-button");
  const cell = item.closest<HTMLElement>("[data-cell]")?.dataset.cell;
  return cell !== undefined && (cell === "translation") !== showsTranslation;
}

/**
 * One tab stop per row (roving tabindex): every item marked `data-roving` inside the container
 * renders with tabIndex -1, and this hook gives 0 to the one last focused (the first at the
 * start). Arrow keys move between items, Home and End go to the ends. The tab index is set on
 * the DOM rather than in state, so moving through a row's sentences renders nothing.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const containerRef = useRef<T>(null);
  const current = useRef(0);

  const items = useCallback(
    () =>
      Array.from(containerRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? []).filter(
        (item) => !hiddenByView(item),
      ),
    [],
  );
  const mark = useCallback((list: HTMLElement[], index: number) => {
    current.current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((item, position) => {
      const tabIndex = position === current.current ? 0 : -1;
      // Written only when it changes: this runs after each of the row's renders, and an
      // attribute write makes the browser recompute the row's style at the next frame.
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    });
  }, []);

  // Runs after every render of the row: items come and go (a translation arrives, the editor
  // opens), and exactly one of them must stay reachable by Tab.
  useLayoutEffect(() => {
    mark(items(), current.current);
  });

  const onFocus = useCallback(
    (event: React.FocusEvent) => {
      const list = items();
      const index = list.indexOf(event.target as HTMLElement);
      if (index !== -1) mark(list, index);
    },
    [items, mark],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const list = items();
      const index = list.indexOf(event.target as HTMLElement);
      if (index === -1) return;
      let next: number;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") next = index + 1;
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = index - 1;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = list.length - 1;
      else return;
      event.preventDefault();
      const target = list[Math.max(0, Math.min(next, list.length - 1))];
      target?.focus();
    },
    [items],
  );

  return { containerRef, onFocus, onKeyDown };
}
