/**
 * A stand-in for Chrome's Translator API with its documented shape (availability, create with a
 * monitor firing `downloadprogress`, translate, destroy), installed by a page's init script in
 * place of the browser's own (Debian's Chromium has a real `Translator` that fails offline).
 * Like Chrome, `create()` refuses to download a model without transient user activation.
 * The test drives the download: `__translatorDouble.download.progress(0.5)`, `.finish()`; or
 * `stallDownload` makes one that never starts.
 */
export interface TranslatorDoubleConfig {
  /** availability() per direction, e.g. { "hi-en": "downloadable" }; missing: "unavailable". */
  states: Record<string, "unavailable" | "downloadable" | "downloading" | "available">;
  /** The browser refuses the download even within a gesture (e.g. a policy or user setting). */
  refuseDownload?: boolean;
  /** translate() rejects texts containing this. */
  failOn?: string;
  /**
   * The download never starts, as in a browser that cannot reach its model server: create()
   * fires no `downloadprogress` event and never settles, unless aborted through its signal.
   */
  stallDownload?: boolean;
}

export interface TranslatorDoubleLog {
  availability: string[];
  created: { direction: string; userActivation: boolean }[];
  translated: string[];
  destroyed: number;
}

export function installTranslatorDouble(config: TranslatorDoubleConfig): void {
  const log: TranslatorDoubleLog = { availability: [], created: [], translated: [], destroyed: 0 };
  const pending: { progress: (loaded: number) => void; finish: () => void }[] = [];
  const translatorFor = (source: string, target: string) => ({
    sourceLanguage: source,
    targetLanguage: target,
    async translate(text: string) {
      log.translated.push(text);
      if (config.failOn && text.includes(config.failOn))
        throw new DOMException("The model could not translate this text.", "OperationError");
      return `[${source}→${target}] ${text}`;
    },
    destroy() {
      log.destroyed += 1;
    },
  });
  const Translator = {
    async availability(options: { sourceLanguage: string; targetLanguage: string }) {
      const direction = `${options.sourceLanguage}-${options.targetLanguage}`;
      log.availability.push(direction);
      return config.states[direction] ?? "unavailable";
    },
    create(options: {
      sourceLanguage: string;
      targetLanguage: string;
      monitor?: (monitor: EventTarget) => void;
      signal?: AbortSignal;
    }) {
      const direction = `${options.sourceLanguage}-${options.targetLanguage}`;
      const state = config.states[direction] ?? "unavailable";
      const active = navigator.userActivation.isActive;
      log.created.push({ direction, userActivation: active });
      if (state === "unavailable")
        return Promise.reject(
          new DOMException("Unable to create translator.", "NotSupportedError"),
        );
      const needsDownload = state === "downloadable" || state === "downloading";
      if (needsDownload && (!active || config.refuseDownload))
        return Promise.reject(
          new DOMException(
            "Requires a user gesture when availability is 'downloading' or 'downloadable'.",
            "NotAllowedError",
          ),
        );
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      const progress = (loaded: number) =>
        monitor.dispatchEvent(Object.assign(new Event("downloadprogress"), { loaded }));
      return new Promise((resolve, reject) => {
        options.signal?.addEventListener("abort", () =>
          reject(new DOMException("The download was aborted.", "AbortError")),
        );
        const finish = () => {
          progress(1);
          resolve(translatorFor(options.sourceLanguage, options.targetLanguage));
        };
        if (!needsDownload) return finish();
        if (config.stallDownload) return;
        progress(0);
        pending.push({ progress, finish });
      });
    },
  };
  Object.defineProperty(window, "Translator", {
    value: Translator,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, "__translatorDouble", {
    value: {
      log,
      get download() {
        return pending.at(-1);
      },
    },
  });
}
