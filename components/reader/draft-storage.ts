/**
 * The text being prepared, kept in sessionStorage so a reload before the permalink exists loses
 * nothing. It lives for the tab only, and is dropped once the document is saved.
 */
const DRAFT_KEY = "dvibhashi-draft";

export function readDraft(): string | null {
  try {
    return window.sessionStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

export function writeDraft(text: string): void {
  try {
    if (text === "") window.sessionStorage.removeItem(DRAFT_KEY);
    else window.sessionStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Storage full or blocked: the draft is simply not kept across a reload.
  }
}

export function forgetDraft(): void {
  writeDraft("");
}
