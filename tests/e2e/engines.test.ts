import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeTranslate,
  startFixtureServer,
  type FixtureServer,
} from "@/tests/support/fixture-server";
import { libreTranslateFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";
import { createGlossEngine } from "@/lib/translation/engines/gloss/gloss-engine";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

describe.skipIf(!HAS_CHROMIUM)("engines in the reader", () => {
  let libre: FixtureServer;
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    libre = await startFixtureServer(libreTranslateFixture({ charLimit: 5_000 }));
    [server, browser] = await Promise.all([
      startAppServer({ LIBRETRANSLATE_URL: libre.url, LIBRETRANSLATE_API_KEY: TEST_KEY }),
      launchBrowser(),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await libre?.close();
  });

  it("lists engines with availability, translates with the configured one, and re-translates on a switch", async () => {
    const engines = (await (await fetch(`${server.url}/api/engines`)).json()) as {
      engines: { id: string; available: boolean; reason?: string }[];
    };
    expect(
      engines.engines.find((engine) => engine.id === "libretranslate:default")?.available,
    ).toBe(true);
    expect(engines.engines.find((engine) => engine.id === "deepl:default")?.reason).toBe(
      "Set DEEPL_API_KEY.",
    );

    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    const picker = page.getByLabel("Engine");
    await picker.locator("option", { hasText: "LibreTranslate" }).waitFor({ state: "attached" });
    expect(
      await picker.locator("option", { hasText: "DeepL" }).getAttribute("disabled"),
    ).not.toBeNull();

    const text = "बारिश हुई।\nलोग खुश हैं।";
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText("2 of 2 paragraphs").waitFor();
    const first = page.locator('[data-paragraph-index="0"]');
    expect(await first.locator('p[lang="en"]').innerText()).toBe(fakeTranslate("बारिश हुई।", "en"));
    // The engine is named once for the document, above the rows.
    await page.getByText("Translated by LibreTranslate").waitFor();

    // The form folds while reading; "Edit the text" opens it, engine picker included.
    await page.getByRole("button", { name: "Edit the text" }).click();
    await picker.selectOption("gloss:default");
    await page.getByText("not a full translation", { exact: true }).waitFor();
    // The row shows exactly the offline engine's draft, as the same engine gives it in-process.
    const [draft] = (
      await createGlossEngine().doTranslate({ segments: ["बारिश हुई।"], source: "hi", target: "en" })
    ).translations;
    expect(draft).toMatch(/^[A-Z][a-z]+/);
    expect(await first.locator('p[lang="en"]').innerText()).toBe(draft);

    const callsBefore = libre.requests.filter((request) => request.url === "/translate").length;
    await picker.selectOption("libretranslate:default");
    await page.getByText("Translated by LibreTranslate").waitFor();
    await page
      .getByText(`${fakeTranslate("बारिश हुई।", "en")}`)
      .first()
      .waitFor();
    expect(libre.requests.filter((request) => request.url === "/translate").length).toBe(
      callsBefore,
    );
    await page.screenshot({ path: artifact("reader-engine-libretranslate.png") });
  });
});
