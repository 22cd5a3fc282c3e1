import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SiteHeader } from "@/components/layout/site-header";
import { I18nProvider } from "@/lib/i18n/client";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

describe("interface language switch", () => {
  it("switches every string to Hindi, sets <html lang> and remembers the choice", async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <SiteHeader />
      </I18nProvider>,
    );
    expect(screen.getByText("Dvibhashi")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "हिंदी" }));
    expect(await screen.findByText("द्विभाषी")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "इंटरफ़ेस की भाषा" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "हिंदी" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("hi");
    expect(document.cookie).toContain("ui-lang=hi");
    expect(refresh).toHaveBeenCalled();
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
