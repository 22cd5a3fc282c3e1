"use client";

import { useEffect, useRef } from "react";
import { useT } from "@/lib/i18n/client";

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open]);

  const rows: [string, string][] = [
    ["j", t("shortcuts.next")],
    ["k", t("shortcuts.previous")],
    ["t", t("shortcuts.toggle")],
    ["?", t("shortcuts.help")],
    ["Ctrl+Enter", t("shortcuts.translate")],
    ["Enter", t("readingAids.shortcutWords")],
  ];
  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto rounded-xl border border-stone-300 bg-white p-5 text-stone-900 backdrop:bg-black/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        {t("shortcuts.title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([key, description]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 px-1.5 py-0.5 font-mono">{key}</kbd>
            </dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onClose}
        className="mt-4 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
      >
        {t("shortcuts.close")}
      </button>
    </dialog>
  );
}
