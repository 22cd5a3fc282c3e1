/**
 * The interface languages and the cookie that remembers the reader's choice, apart from the
 * locale strings (settings.ts) so the header's language switch loads neither them nor i18next.
 */
export const UI_LANGUAGES = ["en", "hi"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const UI_LANGUAGE_COOKIE = "ui-lang";

/** Remembers the interface language for server rendering and marks the page's language now. */
export function rememberUiLanguage(language: UiLanguage): void {
  document.cookie = `${UI_LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = language;
}
