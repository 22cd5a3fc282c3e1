import { createHash } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { artifact, HAS_CHROMIUM, launchBrowser } from "./support/browser";
import {
  generateModelFiles,
  startModelFileServer,
  writeFolderManifest,
  writeModelFolder,
  type GeneratedFile,
  type ModelFileServer,
} from "./support/model-fixtures";
import { glossOf } from "./support/gloss-draft";

const ARTICLE = ["बारिश हुई।", "लोग खुश हैं।"];
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Replaces only the model calls inside the real worker (the engine boundary): the worker script,
 * the WebAssembly runtime, the download, storage, transfer and gzip decompression stay real.
 * The double records a digest of each unpacked file so the test can check what arrived.
 */
const WORKER_DOUBLE = `
self.__loads = [];
self.dvibhashiTranslationBackend = {
  async load(direction, files) {
    const digests = {};
    for (const [role, bytes] of Object.entries(files)) {
      const digest = await crypto.subtle.digest("SHA-256", bytes);
      digests[role] = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
    }
    self.__loads.push({ direction, digests });
  },
  async translate(direction, texts) {
    return texts.map((text) => "[on-device " + direction + "] " + text);
  },
};
`;

describe.skipIf(!HAS_CHROMIUM)("the on-device translator (Bergamot in a Web Worker)", () => {
  let files: GeneratedFile[];
  let folder: string;
  let cdn: ModelFileServer;
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  /** hi→en's model from the fixture "CDN" (to cut and resume it), the rest from the app. */
  const manifestFiles = (
    overrides: Partial<Record<string, { size?: number; sha256?: string }>> = {},
  ) =>
    files.map((generated) => ({
      ...generated.file,
      ...(generated.file.name.startsWith("model.hien")
        ? { url: `${cdn.url}/${generated.file.name}` }
        : {}),
      ...overrides[generated.file.name],
    }));

  let draft: string;
  beforeAll(async () => {
    files = generateModelFiles();
    folder = writeModelFolder(files);
    cdn = await startModelFileServer(files);
    writeFolderManifest(folder, "test-1", manifestFiles());
    [server, browser] = await Promise.all([
      // The fixture "CDN" is ON_DEVICE_MODEL_URL's origin, which the page's CSP lets it fetch;
      // the folder's manifest (with its test hashes) decides what is fetched.
      startAppServer({ ON_DEVICE_MODEL_DIR: folder, ON_DEVICE_MODEL_URL: cdn.url }),
      launchBrowser(),
    ]);
    draft = await glossOf(server.url, ARTICLE[0]!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await cdn?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function open(options: { double: boolean }) {
    context ??= await browser.newContext({ viewport: { width: 1300, height: 1100 } });
    if (options.double)
      await context.route("**/on-device/bergamot-worker.js", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n${WORKER_DOUBLE}` });
      });
    const page = await context.newPage();
    const api: string[] = [];
    page.on("request", (request) => api.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.locator('[data-ready="true"]').waitFor();
    return { page, api };
  }

  const translate = async (page: Page) => {
    await page.getByLabel("Article text").fill(ARTICLE.join("\n"));
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText(`${ARTICLE.length} of ${ARTICLE.length} paragraphs`).waitFor();
  };
  const rendering = (page: Page, index: number) =>
    page.locator(`[data-paragraph-index="${index}"] p[lang="en"]`).innerText();
  const panel = (page: Page) => page.getByRole("region", { name: "On-device translator" });
  const totalMegabytes = () =>
    Math.max(1, Math.round(files.reduce((sum, item) => sum + item.file.size, 0) / 1_000_000));

  it("downloads only on the click, resumes a cut download with Range, verifies, stores, then translates offline in its worker; Remove frees the space", async () => {
    const { page, api } = await open({ double: true });
    await translate(page);
    expect(await rendering(page, 0)).toBe(draft);
    // Nothing of the model was fetched before the reader asked.
    expect(cdn.requests).toEqual([]);
    expect(api.some((path) => path.startsWith("/api/engines/on-device/files/"))).toBe(false);

    const hindiModel = files[0]!;
    const stallAt = Math.floor(hindiModel.served.byteLength / 2);
    cdn.stallNext.set(`/${hindiModel.file.name}`, stallAt);
    // While the draft is read, the notice holds the download: no separate panel above the reader.
    const notice = page.getByRole("complementary", { name: "This is a word-by-word draft" });
    expect(await panel(page).count()).toBe(0);
    const better = notice.getByRole("button", { name: "Get a better translation" });
    expect(await better.getAttribute("aria-expanded")).toBe("false");
    const download = notice.getByRole("button", {
      name: `Download the on-device translator (${totalMegabytes()} MB)`,
    });
    expect(await download.isVisible()).toBe(false);
    await better.click();
    await notice.getByText(/^Files from this website; licence /).waitFor();
    await download.click();

    // Progress inside the notice while the "CDN" stalls half-way; Cancel keeps what arrived.
    const progress = notice.getByRole("progressbar", { name: "Translator download" });
    await page.waitForFunction(() => {
      const bar = document.querySelector('aside [role="progressbar"]');
      const now = Number(bar?.getAttribute("aria-valuenow") ?? 0);
      return now > 0 && now < 100;
    });
    expect(await panel(page).count()).toBe(0);
    await notice.getByRole("button", { name: "Cancel", exact: true }).click();
    await notice
      .getByRole("alert")
      .getByText("Download failed: The download was cancelled; it resumes where it stopped.")
      .waitFor();
    expect(await progress.count()).toBe(0);

    // Resume, cut off by the network this time; resume again, and it completes.
    const cutAt = Math.floor(hindiModel.served.byteLength / 4);
    cdn.cutNext.set(`/${hindiModel.file.name}`, cutAt);
    await notice
      .getByRole("button", { name: `Resume the download (${totalMegabytes()} MB)` })
      .click();
    await notice
      .getByRole("alert")
      .getByText(/was interrupted; try again to resume it/)
      .waitFor();
    await notice
      .getByRole("button", { name: `Resume the download (${totalMegabytes()} MB)` })
      .click();
    await notice.getByText("The on-device translator is ready and works offline.").waitFor();
    await notice.getByRole("button", { name: "Use the on-device translator" }).waitFor();
    expect(await panel(page).count()).toBe(0);
    const modelRequests = cdn.requests.filter(
      (request) => request.path === `/${hindiModel.file.name}`,
    );
    expect(modelRequests.map((request) => request.range)).toEqual([
      undefined,
      expect.stringMatching(/^bytes=\d+-$/),
      expect.stringMatching(/^bytes=\d+-$/),
    ]);
    const [afterCancel, afterCut] = modelRequests
      .slice(1)
      .map((request) => Number(/bytes=(\d+)-/.exec(request.range ?? "")?.[1]));
    expect(afterCancel).toBeGreaterThan(0);
    expect(afterCancel).toBeLessThanOrEqual(stallAt);
    // From where the cut left it (the bytes before the cut may not all have been kept).
    expect(afterCut).toBeGreaterThanOrEqual(afterCancel!);
    expect(afterCut).toBeLessThanOrEqual(afterCancel! + cutAt);

    // auto now prefers the on-device translator to the gloss. The form folds while reading;
    // "Edit the text" opens it again.
    await page.getByRole("button", { name: "Edit the text" }).click();
    await page.getByRole("button", { name: "Translate", exact: true }).click();
    await page.getByText("Engine: Automatic → on-device translator").waitFor();
    await page.getByText(`${ARTICLE.length} of ${ARTICLE.length} paragraphs`).waitFor();
    // The count can be read before the rows' new text is (the same article was just read in
    // the draft): wait for the text itself.
    for (const index of [0, 1])
      await expect
        .poll(() => rendering(page, index), { timeout: 30_000 })
        .toBe(`[on-device hi-en] ${ARTICLE[index]}`);
    await page.screenshot({ path: artifact("on-device-translated.png"), fullPage: true });

    // The real WebAssembly runtime from npm runs in the worker; the model bytes arrived intact.
    const worker = page
      .workers()
      .find((candidate) => candidate.url().endsWith("/on-device/bergamot-worker.js"));
    expect(worker).toBeDefined();
    const inside = await worker!.evaluate(() => {
      const scope = self as unknown as {
        BERGAMOT_VERSION_FULL?: string;
        Module: {
          BlockingService?: unknown;
          AlignedMemory: new (
            size: number,
            alignment: number,
          ) => { size(): number; delete(): void };
        };
        __loads: { direction: string; digests: Record<string, string> }[];
      };
      const memory = new scope.Module.AlignedMemory(1024, 64);
      const size = memory.size();
      memory.delete();
      return {
        version: scope.BERGAMOT_VERSION_FULL,
        service: typeof scope.Module.BlockingService,
        alignedMemorySize: size,
        loads: scope.__loads,
      };
    });
    expect(inside.version).toMatch(/^v0\.4\.\d/);
    expect(inside.service).toBe("function");
    expect(inside.alignedMemorySize).toBe(1024);
    expect(inside.loads).toEqual([
      {
        direction: "hi-en",
        digests: { model: sha256(files[0]!.raw), vocab: sha256(files[1]!.raw) },
      },
    ]);

    // Already downloaded: a new page finds it in the browser's storage, with no network at all.
    const requestsBefore = cdn.requests.length;
    await context!.route("**/api/engines/on-device/files/**", (route) => route.abort());
    const second = await context!.newPage();
    await second.goto(server.url);
    await second.locator('[data-ready="true"]').waitFor();
    await panel(second).getByText("The on-device translator is ready and works offline.").waitFor();
    await translate(second);
    expect(await rendering(second, 0)).toBe(`[on-device hi-en] ${ARTICLE[0]}`);
    expect(cdn.requests.length).toBe(requestsBefore);

    // No draft while reading, so the panel sits in the folded form with the other settings.
    expect(await panel(second).count()).toBe(0);
    await second.getByRole("button", { name: "Edit the text" }).click();
    await panel(second).getByRole("button", { name: "Remove the on-device translator" }).click();
    await panel(second).getByText("Removed. The space is free again.").waitFor();
    expect(await second.evaluate(async () => (await caches.keys()).length)).toBe(0);
    await second
      .getByLabel("Engine")
      .locator("option", { hasText: "on-device translator — download it first" })
      .waitFor({ state: "attached" });
  });

  it("a corrupted or truncated file is refused with a clear error, and the draft stays", async () => {
    writeFolderManifest(
      folder,
      "test-corrupt",
      manifestFiles({ [files[1]!.file.name]: { sha256: "0".repeat(64) } }),
    );
    const { page } = await open({ double: true });
    await panel(page)
      .getByRole("button", { name: /^Download the on-device translator/ })
      .click();
    await panel(page)
      .getByRole("alert")
      .getByText(
        `Download failed: ${files[1]!.file.name} is not the expected file (its sha256 differs); it was discarded.`,
      )
      .waitFor();
    await translate(page);
    expect(await rendering(page, 0)).toBe(draft);
    await page.getByText("Engine: Automatic → offline draft").waitFor();

    writeFolderManifest(
      folder,
      "test-truncated",
      manifestFiles({ [files[2]!.file.name]: { size: files[2]!.file.size + 100 } }),
    );
    // The reload opens the article's permalink with the draft: the notice offers the download.
    await page.waitForURL(/\/d\//);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    const notice = page.getByRole("complementary", { name: "This is a word-by-word draft" });
    await notice.getByRole("button", { name: "Get a better translation" }).click();
    await notice.getByRole("button", { name: /^Download the on-device translator/ }).click();
    expect(await panel(page).count()).toBe(0);
    await notice
      .getByRole("alert")
      .getByText(
        `Download failed: ${files[2]!.file.name} arrived with ${files[2]!.file.size} of ${files[2]!.file.size + 100} bytes; try again to resume it.`,
      )
      .waitFor();
  });

  it("with the real runtime, files that are not a translation model give a clear error and the gloss takes over", async () => {
    writeFolderManifest(folder, "test-not-a-model", manifestFiles());
    const { page } = await open({ double: false });
    await panel(page)
      .getByRole("button", { name: /^Download the on-device translator/ })
      .click();
    await panel(page).getByText("The on-device translator is ready and works offline.").waitFor();
    await translate(page);
    expect(await rendering(page, 0)).toBe(draft);
    await page
      .locator('[data-paragraph-index="0"]')
      .getByText("fallback: the chosen engine failed")
      .waitFor();
    await page
      .getByRole("complementary", { name: "This is a word-by-word draft" })
      .getByText(
        /The browser's translator could not be used \(the on-device translator could not load/,
      )
      .waitFor();
    await page.screenshot({ path: artifact("on-device-not-a-model.png"), fullPage: true });
  });
});
