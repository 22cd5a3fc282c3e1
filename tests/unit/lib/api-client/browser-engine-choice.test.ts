import { describe, expect, it } from "vitest";
import {
  resolveEngineChoice,
  type BrowserCapabilities,
} from "@/lib/api-client/browser-engine-choice";
import type { ApiAutoChoice } from "@/lib/api/wire-types";

const gloss: ApiAutoChoice[] = [
  { source: "hi", target: "en", id: "gloss:default", quality: "draft" },
  { source: "en", target: "hi", id: "gloss:default", quality: "draft" },
];
const libreForHindi: ApiAutoChoice[] = [
  { source: "hi", target: "en", id: "libretranslate:default", quality: "full" },
  { source: "en", target: "hi", id: "gloss:default", quality: "draft" },
];
const choose = (picked: string, browser: BrowserCapabilities, automatic = gloss) =>
  resolveEngineChoice({ picked, source: "hi", target: "en", automatic, browser });

describe("which engine a translation uses", () => {
  it("keeps an operator-configured full-quality server engine first", () => {
    expect(
      choose("auto:default", { chrome: { "hi-en": "available" }, onDevice: true }, libreForHindi),
    ).toEqual({
      engine: "auto",
      automatic: true,
      download: false,
    });
  });

  it("uses Chrome's translator when the server would gloss, with a download when its model is missing", () => {
    expect(choose("auto", { chrome: { "hi-en": "available" }, onDevice: false })).toEqual({
      engine: "chrome:default",
      automatic: true,
      download: false,
    });
    for (const state of ["downloadable", "downloading"] as const)
      expect(choose("auto", { chrome: { "hi-en": state }, onDevice: false })).toEqual({
        engine: "chrome:default",
        automatic: true,
        download: true,
      });
  });

  it("prefers a downloaded on-device translator to a Chrome model still to download, and both to the gloss", () => {
    expect(choose("auto", { chrome: { "hi-en": "downloadable" }, onDevice: true }).engine).toBe(
      "on-device:bergamot-tiny",
    );
    expect(choose("auto", { chrome: { "hi-en": "unavailable" }, onDevice: true }).engine).toBe(
      "on-device:bergamot-tiny",
    );
    expect(choose("auto", { chrome: { "hi-en": "unavailable" }, onDevice: false })).toEqual({
      engine: "auto",
      automatic: true,
      download: false,
    });
  });

  it("looks at the direction being translated only", () => {
    expect(
      resolveEngineChoice({
        picked: "auto",
        source: "en",
        target: "hi",
        automatic: libreForHindi,
        browser: { chrome: { "hi-en": "available" }, onDevice: false },
      }).engine,
    ).toBe("auto");
  });

  it("uses a named engine (an operator's DEFAULT_ENGINE pin or the reader's pick) as it is", () => {
    expect(choose("gloss:default", { chrome: { "hi-en": "available" }, onDevice: true })).toEqual({
      engine: "gloss:default",
      automatic: false,
      download: false,
    });
    expect(choose("chrome", { chrome: { "hi-en": "downloadable" }, onDevice: false })).toEqual({
      engine: "chrome",
      automatic: false,
      download: true,
    });
  });
});
