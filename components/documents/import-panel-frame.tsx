"use client";

import { useId, useRef, useState, type ReactNode, type Ref } from "react";
import type { ImportStrings } from "./import-strings";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
export const IMPORT_BUTTON =
  "rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800";

/**
 * The import panel's markup without i18next or the API client: the address form, the file
 * button, the messages (`notices`, then `error`) and the drop area around `children`. The
 * reader's panel (import-panel.tsx) and the home page's form before the reader has loaded
 * (components/home) are this one component, so the reader takes over the same markup.
 */
export function ImportPanelFrame({
  boxArea,
  ...props
}: {
  strings: ImportStrings;
  url: string;
  onUrlChange: (url: string) => void;
  busy: boolean;
  error: string | null;
  /** Called with the address as typed, trimmed and not empty. */
  onImportUrl: (address: string) => void;
  onFile: (file: File) => void;
  notices?: ReactNode;
  boxArea?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const { strings } = props;
  const ids = { url: useId(), error: useId() };
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div>
      <form
        className="mb-3 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const address = props.url.trim();
          if (address !== "") props.onImportUrl(address);
        }}
      >
        <div className="min-w-60 flex-1">
          <label htmlFor={ids.url} className="block text-sm font-medium">
            {strings.urlLabel}
          </label>
          <input
            id={ids.url}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={props.url}
            onChange={(event) => props.onUrlChange(event.target.value)}
            placeholder={strings.urlPlaceholder}
            aria-invalid={props.error !== null}
            aria-describedby={props.error ? ids.error : undefined}
            className="mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <button
          type="submit"
          disabled={props.busy || props.url.trim() === ""}
          className={IMPORT_BUTTON}
        >
          {props.busy ? strings.importing : strings.fromUrl}
        </button>
        <button
          type="button"
          disabled={props.busy}
          className={IMPORT_BUTTON}
          onClick={() => fileInput.current?.click()}
        >
          {strings.fromFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) props.onFile(file);
            event.target.value = "";
          }}
        />
        <span className="text-xs text-stone-600 dark:text-stone-400">{strings.dropHint}</span>
      </form>
      {props.notices}
      {props.error && (
        <p
          id={ids.error}
          role="alert"
          className="mb-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {props.error}
        </p>
      )}
      <div
        ref={boxArea}
        className={`relative rounded-lg ${dragging ? "ring-2 ring-sky-600 ring-offset-2" : ""}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          const file = event.dataTransfer.files[0];
          if (!file) return;
          event.preventDefault();
          setDragging(false);
          props.onFile(file);
        }}
      >
        {dragging && (
          <p className="pointer-events-none absolute inset-x-0 top-2 z-10 text-center text-sm font-semibold text-sky-800 dark:text-sky-300">
            {strings.dropHere}
          </p>
        )}
        {props.children}
      </div>
    </div>
  );
}
