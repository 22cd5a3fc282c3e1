import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";

const TITLE = "नदी किनारे नया पुल खुला";
const ROWS = [
  [TITLE, "New bridge opens on the riverbank"],
  [
    "शहर के पूर्वी हिस्से में नदी पर बना नया पुल सोमवार सुबह आम लोगों के लिए खोल दिया गया। इससे दोनों किनारों के बीच आने-जाने का समय लगभग आधा हो जाएगा।",
    "The new bridge over the river in the eastern part of the city was opened to the public on Monday morning. It will roughly halve the travel time between the two banks.",
  ],
  [
    "नगर निगम के अनुसार पुल को बनाने में तीन साल लगे और इस पर पैदल चलने वालों के लिए अलग रास्ता भी है।",
    "According to the municipal corporation, the bridge took three years to build and has a separate path for pedestrians.",
  ],
  [
    "स्थानीय दुकानदारों ने उम्मीद जताई कि पुल खुलने से बाज़ार में ग्राहकों की संख्या बढ़ेगी।",
    "Local shopkeepers hoped that the opening of the bridge would increase the number of customers in the market.",
  ],
] as const;

describe.skipIf(!HAS_CHROMIUM)("the HTML export in print", () => {
  let server: AppServer;
  let browser: Browser;
  let html: string;
  let csp: string;
  let id: string;

  beforeAll(async () => {
    // Behind a trusted proxy, the permanent link takes the host the reader used.
    [server, browser] = await Promise.all([
      startAppServer({ TRUST_PROXY: "true" }),
      launchBrowser(),
    ]);
    const saved = await fetch(`${server.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: TITLE,
        byline: "सुनीता वर्मा",
        sourceUrl: "https://news.example.in/city/new-bridge-opens",
        source: "hi",
        target: "en",
        engine: "deepl",
        paragraphs: ROWS.map(([source, translation]) => ({
          source,
          translation,
          engine: "deepl:default",
        })),
        summary: {
          method: "extractive",
          bullets: [
            {
              source: ROWS[1][0].split("।")[0] + "।",
              translation: ROWS[1][1].split(". ")[0] + ".",
              paragraphs: [1],
              sentences: [],
              engine: "deepl:default",
            },
          ],
        },
      }),
    });
    expect(saved.status).toBe(201);
    id = ((await saved.json()) as { id: string }).id;
    const response = await fetch(
      `${server.url}/api/documents/${id}/export?format=html&lang=en&tz=Asia/Kolkata`,
      { headers: { "x-forwarded-host": "dvibhashi.example.in", "x-forwarded-proto": "https" } },
    );
    html = await response.text();
    csp = response.headers.get("content-security-policy") ?? "";
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("prints on A4 with a narrow number column, the embedded Hindi font and printed links", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    // Served with the export's own Content-Security-Policy, so the font must load under it.
    await page.route("https://export.test/document.html", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html; charset=utf-8",
        headers: { "Content-Security-Policy": csp },
        body: html,
      }),
    );
    await page.goto("https://export.test/document.html");
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((font) => font.status === "loaded").map((font) => font.family),
    );
    expect(fonts.map((family) => family.replace(/"/g, ""))).toContain("Noto Sans Devanagari");
    const widths = await page.evaluate(() => {
      const table = document.querySelector("table")?.getBoundingClientRect().width ?? 0;
      const cells = [...document.querySelectorAll("tr#p-1 td")].map(
        (cell) => cell.getBoundingClientRect().width,
      );
      return { table, cells };
    });
    const [number = 0, hindi = 0, english = 0] = widths.cells;
    expect(number / widths.table).toBeLessThan(0.08);
    expect(Math.abs(hindi - english)).toBeLessThan(2);
    const body = await page.locator("body").innerText();
    expect(body).toContain(`https://dvibhashi.example.in/d/${id}`);
    expect(body).toContain("https://news.example.in/city/new-bridge-opens");
    expect(body).toContain("Machine translation by DeepL");
    expect(body).toMatch(/Saved \d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(body).toContain("Summary");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(artifact("export-print.pdf"), pdf);
    await page.close();
  });
});
