"use client";

import type { TFunction } from "i18next";
import { useEffect, useId, useRef, useState } from "react";

/** The longest correction the server keeps (it checks again). */
export const MAX_EDIT_CHARACTERS = 20_000;
const NAME_KEY = "editor-name";

/** An inline editor for one paragraph's translation, with the editor's optional name. */
export function ParagraphEditor({
  number,
  initialText,
  language,
  onSave,
  onCancel,
  t,
}: {
  number: number;
  initialText: string;
  language: string;
  onSave: (text: string, author: string | null) => Promise<void>;
  onCancel: () => void;
  t: TFunction;
}) {
  const ids = { text: useId(), name: useId(), error: useId() };
  const [text, setText] = useState(initialText);
  // The editor opens only on a click, never in server markup, so storage can be read at once.
  const [name, setName] = useState(() => {
    try {
      return window.localStorage.getItem(NAME_KEY) ?? "";
    } catch {
      return "";
    }
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    area.current?.focus();
  }, []);

  const save = async () => {
    const trimmed = text.trim();
    if (trimmed === "") return setError(t("edit.empty"));
    if (trimmed.length > MAX_EDIT_CHARACTERS)
      return setError(t("edit.tooLong", { limit: MAX_EDIT_CHARACTERS.toLocaleString() }));
    setSaving(true);
    setError(null);
    try {
      const author = name.trim() === "" ? null : name.trim().slice(0, 80);
      try {
        if (author) window.localStorage.setItem(NAME_KEY, author);
      } catch {
        // Storage blocked: the name is simply not remembered.
      }
      await onSave(trimmed, author);
    } catch (caught) {
      setError(t("edit.failed", { message: (caught as Error).message }));
      setSaving(false);
    }
  };

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={ids.text} className="sr-only">
        {t("edit.editLabel", { number })}
      </label>
      <textarea
        ref={area}
        id={ids.text}
        lang={language}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onCancel();
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
        rows={Math.min(12, Math.max(3, Math.ceil(text.length / 70)))}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        className="reader-text w-full rounded-md border border-stone-300 bg-white p-2 leading-relaxed dark:border-stone-600 dark:bg-stone-900"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={ids.name} className="text-xs text-stone-700 dark:text-stone-300">
          {t("edit.name")}
        </label>
        <input
          id={ids.name}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          className="w-40 rounded-md border border-stone-300 bg-white px-2 py-0.5 text-sm dark:border-stone-600 dark:bg-stone-900"
        />
        <button
          type="submit"
          disabled={saving}
          className="rounded-md bg-sky-800 px-3 py-1 text-sm font-semibold text-white hover:bg-sky-900 disabled:opacity-60 dark:bg-sky-300 dark:text-stone-950"
        >
          {saving ? t("edit.saving") : t("edit.save")}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {t("edit.cancel")}
        </button>
      </div>
      {error && (
        <p id={ids.error} role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
