import { describe, expect, it } from "vitest";
import { englishBaseForms, isPluralForm } from "@/lib/translation/engines/gloss/english-morphology";

describe("English base forms", () => {
  it("prefers the ending that leaves a real stem", () => {
    expect(englishBaseForms("routes").indexOf("route")).toBeLessThan(
      englishBaseForms("routes").indexOf("rout"),
    );
    expect(englishBaseForms("passes")[1]).toBe("pass");
    expect(englishBaseForms("charging")[1]).toBe("charge");
    expect(englishBaseForms("planned")[1]).toBe("plan");
    expect(englishBaseForms("walked")[1]).toBe("walk");
    expect(englishBaseForms("used")[1]).toBe("use");
  });

  it("knows irregular pasts, participles and plurals", () => {
    expect(englishBaseForms("said")).toContain("say");
    expect(englishBaseForms("taken")).toContain("take");
    expect(englishBaseForms("men")).toContain("man");
    expect(isPluralForm("men", "man")).toBe(true);
    expect(isPluralForm("routes", "route")).toBe(true);
    expect(isPluralForm("route", "route")).toBe(false);
  });
});
