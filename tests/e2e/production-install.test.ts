import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startImportFixture, type ImportFixture } from "../support/import-fixtures";
import { startAppServer, type AppServer } from "./support/app-server";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 240_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A production install: the built app copied with real file copies (never hard links, so
 * pruning cannot touch the working tree's node_modules), development dependencies pruned, then
 * started. Anything imported at run time that sits in devDependencies breaks it here.
 */
describe("production install without development dependencies", () => {
  let folder: string;
  let app: string;
  let server: AppServer | undefined;
  let fixture: ImportFixture;

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
      throw new Error("No production build: run `npm run build` first (npm test does).");
    }
    folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-production-"));
    app = path.join(folder, "app");
    run("mkdir", [app], folder);
    // What `npm start` needs beside the build: the custom server, the gloss data and the public
    // folder (with the on-device runtime the build copied into it).
    for (const entry of [
      "package.json",
      "package-lock.json",
      ".npmrc",
      "next.config.js",
      "server.mjs",
      "data",
      "public",
    ]) {
      run("cp", ["-a", path.join(ROOT, entry), app], ROOT);
    }
    run("mkdir", [path.join(app, ".next")], folder);
    // The build without its cache, which only speeds up the next build.
    for (const entry of readdirSync(path.join(ROOT, ".next")).filter((name) => name !== "cache")) {
      run("cp", ["-a", path.join(ROOT, ".next", entry), path.join(app, ".next")], ROOT);
    }
    run("cp", ["-a", path.join(ROOT, "node_modules"), app], ROOT);
    run(
      "npm",
      ["prune", "--omit=dev", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"],
      app,
    );
    fixture = await startImportFixture();
    server = await startAppServer({ IMPORT_ALLOW_LOOPBACK: "true" }, { root: app });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await fixture?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("has no development dependency left in the copy", () => {
    for (const devOnly of ["vitest", "@testing-library/react", "playwright-core", "fast-check"]) {
      expect(existsSync(path.join(app, "node_modules", devOnly)), devOnly).toBe(false);
    }
    // The working tree's own node_modules are untouched.
    expect(existsSync(path.join(ROOT, "node_modules", "vitest"))).toBe(true);
    // What the server imports at run time survived, because it is in dependencies.
    for (const runtime of ["jsdom", "@mozilla/readability", "mdast-util-from-markdown"]) {
      expect(existsSync(path.join(app, "node_modules", runtime)), runtime).toBe(true);
    }
  });

  it("imports an article from a web page, through the article extractor", async () => {
    const response = await fetch(`${server?.url}/api/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: `${fixture.origin}/article` }),
    });
    const body = (await response.json()) as { title: string; paragraphs: string[] };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.title).toBe("नदी किनारे नया पुल खुला");
    expect(body.paragraphs).toHaveLength(4);
  });

  it("imports a Markdown file, through the Markdown parser", async () => {
    const form = new FormData();
    form.append("file", new File(["# शीर्षक\n\n- पहली बात\n- दूसरी बात"], "story.md"));
    const response = await fetch(`${server?.url}/api/import`, { method: "POST", body: form });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { paragraphs: string[] }).paragraphs).toEqual([
      "शीर्षक",
      "पहली बात",
      "दूसरी बात",
    ]);
  });

  it("exports a saved document with the embedded Devanagari font", async () => {
    const saved = await fetch(`${server?.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: "बारिश",
        source: "hi",
        target: "en",
        engine: "gloss",
        paragraphs: [
          { source: "बारिश हुई।", translation: "Rain happened.", engine: "gloss:default" },
        ],
      }),
    });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const exported = await fetch(`${server?.url}/api/documents/${id}/export?format=html`);
    expect(exported.status).toBe(200);
    expect(await exported.text()).toMatch(
      /src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{10000,}/,
    );
  });
});
