"use client";

import { useEffect } from "react";
import { rememberEditKey, type RecentDocument } from "@/lib/documents/recent-documents";

/**
 * Takes the edit key from an edit link (`/d/<id>#edit=<key>`) into this browser's Recent list,
 * then drops it from the address bar so it is not copied on by accident. The fragment never
 * reaches the server.
 */
export function EditLinkReceiver({ document }: { document: Omit<RecentDocument, "editKey"> }) {
  useEffect(() => {
    const match = /^#edit=([A-Za-z0-9_-]{20,200})$/.exec(window.location.hash);
    if (match?.[1] === undefined) return;
    rememberEditKey(document, match[1]);
    window.history.replaceState(
      window.history.state,
      "",
      window.location.pathname + window.location.search,
    );
  }, [document]);
  return null;
}
