import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { LanguageSwitch } from "@/components/layout/language-switch";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

describe("interface language switch", () => {
  // The header's strings are the server's (site-header.tsx): the switch remembers the choice
  // and asks the server for the page again in it.
  it("marks the choice at once, sets <html lang>, remembers it and refreshes the page", async () => {
    const user = userEvent.setup();
    render(<LanguageSwitch current="en" label="Interface language" />);
    expect(screen.getByRole("group", { name: "Interface language" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "हिंदी" }));
    expect(screen.getByRole("button", { name: "हिंदी" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(document.documentElement.lang).toBe("hi");
    expect(document.cookie).toContain("ui-lang=hi");
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("follows the language the server rendered after the refresh", () => {
    const { rerender } = render(<LanguageSwitch current="en" label="Interface language" />);
    rerender(<LanguageSwitch current="hi" label="इंटरफ़ेस की भाषा" />);
    expect(screen.getByRole("group", { name: "इंटरफ़ेस की भाषा" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "हिंदी" })).toHaveAttribute("aria-pressed", "true");
  });
});

describe("locales", () => {
  it("has the same keys in English and Hindi", async () => {
    const en = (await import("@/locales/en/common.json")).default;
    const hi = (await import("@/locales/hi/common.json")).default;
    const keys = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === "object" && child !== null
          ? keys(child, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    expect(keys(hi).sort()).toEqual(keys(en).sort());
  });
});
