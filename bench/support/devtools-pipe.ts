/**
 * Chromium driven over its DevTools pipe with only the Page domain on: a page the way a
 * reader's browser runs it, with nobody watching its network. Playwright enables the Network
 * domain on every page, and Chromium then reports each request and each piece of a response to
 * it: measured here, a 30 KB piece of a stream reached the page's script 12–13 ms after the
 * server wrote it under Playwright, 3.5–6 ms over this pipe. Only what the benchmarks need:
 * pages with a viewport, scripts run before the page's own, navigation and evaluation.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../tests/e2e/support/browser";

interface Message {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export interface PipePage {
  /** Runs `source` in every document this page loads, before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  goto(url: string): Promise<void>;
  /**
   * Calls `run(argument)` in the page and resolves with what it returns (JSON values only).
   * `run` goes as its source text, so it must use nothing from outside its own body.
   */
  evaluate<Argument, Result>(
    run: (argument: Argument) => Result | Promise<Result>,
    argument: Argument,
  ): Promise<Result>;
  /** Resolves once `expression` is true in the page, checked every 20 ms. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface PipeBrowser {
  newPage(viewport: { width: number; height: number }): Promise<PipePage>;
  close(): Promise<void>;
}

/** Debian's Chromium with the flags the tests' browser uses, driven over fds 3 and 4. */
export function launchPipeBrowser(): PipeBrowser {
  const profile = mkdtempSync(path.join(tmpdir(), "dvibhashi-pipe-"));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  // A write to a browser that has just died fails here; the exit below answers every waiter.
  toBrowser.on("error", () => undefined);
  let lastId = 0;
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let pending = "";
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (text: string) => {
    pending += text;
    // Messages are JSON, each ended by a NUL character.
    let end = pending.indexOf("\0");
    while (end !== -1) {
      const message = JSON.parse(pending.slice(0, end)) as Message;
      pending = pending.slice(end + 1);
      const waiter = message.id === undefined ? undefined : waiting.get(message.id);
      if (waiter && message.id !== undefined) {
        waiting.delete(message.id);
        if (message.error) waiter.reject(new Error(message.error.message));
        else waiter.resolve(message.result);
      }
      end = pending.indexOf("\0");
    }
  });
  let exited: Error | null = null;
  child.once("exit", (code, signal) => {
    // A browser that died answers nothing more: whatever waits on it fails instead of hanging.
    exited = new Error(`Chromium exited (${signal ?? `code ${code}`})`);
    for (const waiter of waiting.values()) waiter.reject(exited);
    waiting.clear();
  });
  const send = <Result>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<Result>((resolve, reject) => {
      if (exited) {
        reject(exited);
        return;
      }
      lastId += 1;
      waiting.set(lastId, { resolve: resolve as (value: unknown) => void, reject });
      toBrowser.write(
        `${JSON.stringify({ id: lastId, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });

  return {
    async newPage(viewport) {
      const { targetId } = await send<{ targetId: string }>("Target.createTarget", {
        url: "about:blank",
      });
      const { sessionId } = await send<{ sessionId: string }>("Target.attachToTarget", {
        targetId,
        flatten: true,
      });
      // Scripts for new documents run only with the Page domain on (its events are the page's
      // navigations, not its network).
      await send("Page.enable", {}, sessionId);
      await send(
        "Emulation.setDeviceMetricsOverride",
        { ...viewport, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      const evaluate = async <Result>(expression: string): Promise<Result> => {
        const answer = await send<{
          result: { value?: Result };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        }>("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId);
        if (answer.exceptionDetails)
          throw new Error(
            answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text,
          );
        return answer.result.value as Result;
      };
      const page: PipePage = {
        async addInitScript(source) {
          await send("Page.addScriptToEvaluateOnNewDocument", { source }, sessionId);
        },
        async goto(url) {
          await send("Page.navigate", { url }, sessionId);
          await page.waitFor(
            `location.href === ${JSON.stringify(new URL(url).href)} && document.readyState === "complete"`,
          );
        },
        evaluate: (run, argument) => evaluate(`(${run.toString()})(${JSON.stringify(argument)})`),
        async waitFor(expression, timeoutMs = 30_000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            try {
              if (await evaluate<boolean>(`Boolean(${expression})`)) return;
            } catch {
              // The page is between documents; it is asked again.
            }
            if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
        async close() {
          await send("Target.closeTarget", { targetId });
        },
      };
      return page;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await gone;
      }
      // Chromium's helper processes can still be writing to the profile as the browser exits.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
