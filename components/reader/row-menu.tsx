"use client";

import type { RefObject } from "react";
import { useMenu } from "./use-menu";

/** One thing a reader can do with a row. Adding an action to every row is adding one of these. */
export interface RowMenuItem {
  /** Stable key, also the item's `data-action` for tests and styling. */
  id: string;
  label: string;
  onSelect: () => void;
  /**
   * Whether choosing the item returns focus to the menu button. An item that opens something
   * which takes focus itself (the editor) says false, and returns focus when that closes.
   */
  returnFocus?: boolean;
  disabled?: boolean;
}

const ITEM =
  "block w-full px-3 py-2 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 aria-disabled:opacity-60 dark:hover:bg-stone-700 dark:focus:bg-stone-700";

/**
 * A row's actions behind one menu button, so each row costs the keyboard one stop (the button
 * is one of the row's roving items) instead of one per action.
 */
export function RowMenu({
  text,
  label,
  items,
  buttonRef,
}: {
  /** The button's visible text. */
  text: string;
  /** Its accessible name, which contains the visible text and says which row it belongs to. */
  label: string;
  items: RowMenuItem[];
  buttonRef?: RefObject<HTMLButtonElement | null>;
}) {
  const {
    open,
    close,
    containerRef,
    buttonRef: ownButtonRef,
    menuRef,
    buttonProps,
    menuProps,
  } = useMenu({ buttonRef });
  return (
    <div className="relative" ref={containerRef}>
      <button
        ref={ownButtonRef}
        type="button"
        tabIndex={-1}
        data-roving=""
        aria-label={label}
        {...buttonProps}
        className="rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        {text} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          {...menuProps}
          aria-label={label}
          className="absolute left-0 top-full z-20 mt-1 w-60 rounded-md border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-800"
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={item.id}
              // aria-disabled rather than disabled: a disabled button cannot take focus, and the
              // arrow keys must still be able to pass over it.
              aria-disabled={item.disabled || undefined}
              onClick={() => {
                if (item.disabled) return;
                close(item.returnFocus !== false);
                item.onSelect();
              }}
              className={ITEM}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
