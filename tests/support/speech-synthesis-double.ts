/**
 * A stand-in for the Web Speech API's synthesis side with its documented shape:
 * `speechSynthesis` (speak, cancel, pause, resume, getVoices, speaking/paused/pending, the
 * `voiceschanged` event) and `SpeechSynthesisUtterance` (text, lang, voice, rate, onstart,
 * onboundary, onend, onerror). Installed in jsdom by component tests and in Chromium by an e2e
 * init script, so it must not refer to anything outside this function.
 *
 * Nothing is spoken. The test drives time: `__speechDouble.finish()` ends the utterance being
 * spoken (firing a word boundary first, as browsers do), and the next queued one starts, as in
 * the real queue. `cancel()` fires `error` with "interrupted" on the utterance it cuts off and
 * empties the queue, as Chrome does.
 */
export interface SpeechDoubleConfig {
  /** The voices getVoices() lists; delivered only after voiceschanged when `lateVoices`. */
  voices: { lang: string; name: string }[];
  lateVoices?: boolean;
}

export interface SpokenRecord {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

export function installSpeechSynthesisDouble(config: SpeechDoubleConfig): void {
  type Handler = ((event: Record<string, unknown>) => void) | null;
  class Utterance {
    text: string;
    lang = "";
    voice: { lang: string; name: string } | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    constructor(text = "") {
      this.text = text;
    }
  }
  const spoken: SpokenRecord[] = [];
  const queue: Utterance[] = [];
  const listeners = new Set<() => void>();
  let voicesReady = !config.lateVoices;
  let current: Utterance | null = null;
  let paused = false;
  const fire = (utterance: Utterance, type: "start" | "end" | "error" | "boundary", extra = {}) => {
    const handler = utterance[`on${type}`];
    handler?.({ type, utterance, charIndex: 0, elapsedTime: 0, ...extra });
  };
  const startNext = () => {
    current = queue.shift() ?? null;
    if (current === null) return;
    spoken.push({
      text: current.text,
      lang: current.lang,
      voice: current.voice?.name ?? null,
      rate: current.rate,
    });
    fire(current, "start");
  };
  const synthesis = {
    get speaking() {
      return current !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    get paused() {
      return paused;
    },
    onvoiceschanged: null as (() => void) | null,
    speak(utterance: Utterance) {
      queue.push(utterance);
      if (current === null && !paused) startNext();
    },
    cancel() {
      const cut = current;
      queue.length = 0;
      current = null;
      if (cut) fire(cut, "error", { error: "interrupted" });
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      if (current === null) startNext();
    },
    getVoices() {
      return voicesReady
        ? config.voices.map((voice) => ({
            ...voice,
            default: false,
            localService: true,
            voiceURI: voice.name,
          }))
        : [];
    },
    addEventListener(type: string, listener: () => void) {
      if (type === "voiceschanged") listeners.add(listener);
    },
    removeEventListener(type: string, listener: () => void) {
      if (type === "voiceschanged") listeners.delete(listener);
    },
  };
  const control = {
    spoken,
    get current() {
      return current?.text ?? null;
    },
    get paused() {
      return paused;
    },
    /** Ends the utterance being spoken; the next in the queue starts. */
    finish() {
      const done = current;
      if (done === null) return false;
      fire(done, "boundary", { name: "word" });
      current = null;
      fire(done, "end");
      if (current === null && !paused) startNext();
      return true;
    },
    /** Delivers the voices late, as Chrome does, with voiceschanged. */
    deliverVoices() {
      voicesReady = true;
      for (const listener of listeners) listener();
      synthesis.onvoiceschanged?.();
    },
  };
  Object.defineProperty(window, "speechSynthesis", { configurable: true, value: synthesis });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    configurable: true,
    value: Utterance,
  });
  Object.defineProperty(window, "__speechDouble", { configurable: true, value: control });
}

export interface SpeechDoubleControl {
  spoken: SpokenRecord[];
  current: string | null;
  paused: boolean;
  finish(): boolean;
  deliverVoices(): void;
}

export const speechDouble = () =>
  (window as unknown as { __speechDouble: SpeechDoubleControl }).__speechDouble;
