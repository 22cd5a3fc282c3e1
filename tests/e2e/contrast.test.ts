import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { HAS_CHROMIUM, launchBrowser } from "./support/browser";

/**
 * WCAG 2 contrast for every visible text element of the reader: 4.5:1 for normal text, 3:1 for
 * large text (24 px, or 18.66 px bold). The background is the nearest opaque one up the tree.
 */
async function contrastFailures(page: Page): Promise<string[]> {
  // The pointer rests wherever the last click left it; a sentence under it is highlighted on
  // purpose, and mid-transition colours are not what a reader sees. Measure the page at rest.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().length === 0);
  return page.evaluate(() => {
    // Any CSS colour (Tailwind 4 uses oklch) to sRGB, by painting it on a 1×1 canvas.
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d", {
      willReadFrequently: true,
    }) as CanvasRenderingContext2D;
    const parse = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
      return { r, g, b, a: alpha / 255 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): { r: number; g: number; b: number } => {
      for (let node = element; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color.a >= 0.99) return color;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor).a > 0
        ? parse(getComputedStyle(document.documentElement).backgroundColor)
        : { r: 255, g: 255, b: 255 };
    };
    const failures: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (!ownText || element.closest("[aria-hidden=true], .sr-only, option, textarea")) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === "hidden" || box.width === 0 || box.height === 0) continue;
      // Disabled controls are exempt from contrast requirements.
      if ((element as HTMLButtonElement).disabled || element.closest("button:disabled")) continue;
      const foreground = parse(style.color);
      const back = background(element);
      const [light, dark] = [luminance(foreground), luminance(back)].sort((a, b) => b - a) as [
        number,
        number,
      ];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        failures.push(
          `${ratio.toFixed(2)}:1 <${element.tagName.toLowerCase()} class="${element.className}"> "${element.textContent?.trim().slice(0, 40)}" (${style.color} on rgb(${back.r},${back.g},${back.b}))`,
        );
    }
    return failures;
  });
}

describe.skipIf(!HAS_CHROMIUM)("colour contrast (WCAG AA)", () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(["light", "dark"] as const)(
    "every text in the reader meets AA in the %s theme",
    async (scheme) => {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 1000 },
        colorScheme: scheme,
      });
      await page.goto(server.url);
      await page.locator('[data-ready="true"]').waitFor();
      await page.getByRole("button", { name: "Try a sample article" }).click();
      await page.waitForFunction(
        () => (document.querySelector("textarea")?.value.length ?? 0) > 100,
      );
      await page.getByRole("button", { name: "Translate", exact: true }).click();
      await page
        .locator("section[aria-labelledby=summary-heading]")
        .getByRole("button", { name: "Copy summary" })
        .waitFor();
      const failures = [...(await contrastFailures(page))];
      await page.getByRole("radio", { name: "Translation only" }).click();
      failures.push(...(await contrastFailures(page)));
      await page.close();
      expect(failures).toEqual([]);
    },
  );
});
