import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider, useT } from "@/lib/i18n/client";
import type { UiLanguage } from "@/lib/i18n/settings";
import enCommon from "@/locales/en/common.json";
import hiCommon from "@/locales/hi/common.json";
import enChecks from "@/locales/en/checks.json";
import hiChecks from "@/locales/hi/checks.json";

type Locale = { [key: string]: string | Locale };

/** The first plain text of a locale file (no placeholder), as a dotted key. */
function plainKey(locale: Locale, prefix = ""): string | undefined {
  for (const [name, value] of Object.entries(locale)) {
    const key = `${prefix}${name}`;
    if (typeof value === "string") {
      if (!value.includes("{{")) return key;
    } else {
      const inner = plainKey(value, `${key}.`);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** The text at a dotted key. */
function textAt(locale: Locale, key: string): string {
  const value = key
    .split(".")
    .reduce<string | Locale | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      locale,
    );
  if (typeof value !== "string") throw new Error(`No text at ${key}.`);
  return value;
}

const COMMON_KEY = plainKey(enCommon as Locale) ?? "";
const CHECKS_KEY = plainKey(enChecks as Locale) ?? "";

const seen: unknown[] = [];

function Strings() {
  const common = useT();
  const checks = useT("checks");
  seen.push(common.t);
  return (
    <>
      <p>{common.t(COMMON_KEY)}</p>
      <p>{checks.t(CHECKS_KEY)}</p>
      <p>{common.i18n.language}</p>
    </>
  );
}

function Switcher() {
  const [language, setLanguage] = useState<UiLanguage>("en");
  return (
    <>
      <button type="button" onClick={() => setLanguage("hi")}>
        switch
      </button>
      <I18nProvider language={language}>
        <Strings />
        <Strings />
      </I18nProvider>
    </>
  );
}

describe("useT", () => {
  it("reads both namespaces in the provider's language from the first render", () => {
    expect(CHECKS_KEY).toContain(".");
    render(
      <I18nProvider language="hi">
        <Strings />
      </I18nProvider>,
    );
    expect(screen.getByText(textAt(hiCommon as Locale, COMMON_KEY))).toBeTruthy();
    expect(screen.getByText(textAt(hiChecks as Locale, CHECKS_KEY))).toBeTruthy();
    expect(screen.getByText("hi")).toBeTruthy();
  });

  it("gives every component of one provider the same t, and a new language new strings", () => {
    seen.length = 0;
    render(<Switcher />);
    expect(screen.getAllByText(textAt(enCommon as Locale, COMMON_KEY))).toHaveLength(2);
    // Two components, one t.
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: "switch" }));
    return vi.waitFor(() => {
      expect(screen.getAllByText(textAt(hiCommon as Locale, COMMON_KEY))).toHaveLength(2);
      // The English render's t and the Hindi one's differ; renders in one language share one.
      expect(new Set(seen).size).toBe(2);
    });
  });

  it("says what is missing when no provider is above it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Strings />)).toThrow("useT needs an I18nProvider above it.");
    error.mockRestore();
  });
});
