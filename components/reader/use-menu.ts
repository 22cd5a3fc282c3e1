"use client";

import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/**
 * A menu button's behaviour, as the WAI-ARIA menu button pattern describes it: opening moves
 * focus to the first item, arrow keys, Home and End move between items, Escape closes and
 * returns focus to the button, and a click outside or Tab closes it.
 *
 * A caller that must focus the button itself later (after a dialog or editor the menu opened
 * closes) passes its own `buttonRef`.
 */
export function useMenu(options: { buttonRef?: RefObject<HTMLButtonElement | null> } = {}) {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const ownButtonRef = useRef<HTMLButtonElement>(null);
  const buttonRef = options.buttonRef ?? ownButtonRef;
  const menuRef = useRef<HTMLDivElement>(null);
  const focusLast = useRef(false);

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) buttonRef.current?.focus();
    },
    [buttonRef],
  );

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusLast.current ? list.at(-1) : list[0])?.focus();
    focusLast.current = false;
    const onPointerDown = (event: MouseEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onPointerDown);
    return () => document.removeEventListener("mousedown", onPointerDown);
  }, [open]);

  const onButtonKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      focusLast.current = event.key === "ArrowUp";
      setOpen(true);
      event.preventDefault();
    } else if (event.key === "Escape" && open) {
      close(true);
      event.preventDefault();
    }
  };

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === "ArrowDown") next = list[(index + 1) % list.length];
    else if (event.key === "ArrowUp") next = list[(index - 1 + list.length) % list.length];
    else if (event.key === "Home") next = list[0];
    else if (event.key === "End") next = list.at(-1);
    else if (event.key === "Escape") {
      close(true);
      event.preventDefault();
      // The reader's own shortcuts and dialogs must not see this Escape too.
      event.stopPropagation();
      return;
    } else if (event.key === "Tab") {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    next?.focus();
  };

  const buttonProps = {
    "aria-haspopup": "menu" as const,
    "aria-expanded": open,
    onClick: () => setOpen((value) => !value),
    onKeyDown: onButtonKeyDown,
  };
  const menuProps = { role: "menu" as const, onKeyDown: onMenuKeyDown };
  return { open, close, containerRef, buttonRef, menuRef, buttonProps, menuProps };
}
