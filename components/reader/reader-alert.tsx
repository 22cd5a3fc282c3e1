"use client";

/** The one announcement of a failure that concerns the whole document. */
export function ReaderAlert({ title, detail }: { title: string; detail: string }) {
  return (
    <div
      role="alert"
      className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p>{detail}</p>
    </div>
  );
}
