/*
 * Dvibhashi's on-device translator worker: runs Bergamot (the WebAssembly translation engine of
 * Firefox Translations, from the @browsermt/bergamot-translator npm package) off the main thread.
 * The runtime files are copied from node_modules into /on-device/runtime/ at build time, so they
 * come from the app's own origin, never a CDN.
 *
 * Messages in: { id, type: "init" } | { id, type: "load", direction, files } |
 *              { id, type: "translate", direction, texts }
 * Messages out: { id, ok: true, result } | { id, ok: false, error: { name, message } }
 *
 * `self.dvibhashiTranslationBackend`, when a test sets it, takes the place of the model calls
 * (load and translate) only: the runtime, file transfer and decompression stay real.
 */
"use strict";

// The Emscripten glue reads and fills this global.
var Module = {};

const RUNTIME_BASE = new URL("./runtime/", self.location.href);

/** Names of the wasm exports the translator links as its integer matrix routines. */
const GEMM_EXPORTS = {
  int8_prepare_a: "int8PrepareAFallback",
  int8_prepare_b: "int8PrepareBFallback",
  int8_prepare_b_from_transposed: "int8PrepareBFromTransposedFallback",
  int8_prepare_b_from_quantized_transposed: "int8PrepareBFromQuantizedTransposedFallback",
  int8_prepare_bias: "int8PrepareBiasFallback",
  int8_multiply_and_add_bias: "int8MultiplyAndAddBiasFallback",
  int8_select_columns_of_b: "int8SelectColumnsOfBFallback",
};

let runtime = null;

/** Loads the WebAssembly runtime once; resolves to the module and its translation service. */
function loadRuntime() {
  runtime ??= new Promise((resolve, reject) => {
    fetch(new URL("bergamot-translator-worker.wasm", RUNTIME_BASE))
      .then((response) => {
        if (!response.ok) throw new Error(`The translator runtime answered ${response.status}.`);
        Module.instantiateWasm = (imports, accept) => {
          const gemm = {};
          for (const [name, exported] of Object.entries(GEMM_EXPORTS))
            gemm[name] = (...args) => Module.asm[exported](...args);
          WebAssembly.instantiateStreaming(response, { ...imports, wasm_gemm: gemm })
            .then(({ instance }) => accept(instance))
            .catch(reject);
          return {};
        };
        Module.onRuntimeInitialized = () => {
          try {
            const service = new Module.BlockingService({ cacheSize: 0 });
            resolve({ module: Module, service });
          } catch (error) {
            reject(error);
          }
        };
        Module.onAbort = (reason) => reject(new Error(`The translator runtime stopped: ${reason}`));
        self.Module = Module;
        importScripts(new URL("bergamot-translator-worker.js", RUNTIME_BASE).href);
      })
      .catch(reject);
  });
  return runtime;
}

/** Copies a file into memory the runtime can read, aligned as Marian requires. */
function aligned(module, bytes, alignment) {
  const memory = new module.AlignedMemory(bytes.byteLength, alignment);
  memory.getByteArrayView().set(new Int8Array(bytes));
  return memory;
}

const MODEL_CONFIG = [
  "beam-size: 1",
  "normalize: 1.0",
  "word-penalty: 0",
  "cpu-threads: 0",
  "gemm-precision: int8shiftAlphaAll",
  "skip-cost: true",
  "alignment: soft",
  "quiet: true",
  "quiet-translation: true",
  "max-length-break: 128",
  "mini-batch-words: 1024",
  "workspace: 128",
  "max-length-factor: 2.0",
].join("\n");

const models = new Map();

const bergamotBackend = {
  async load(direction, files) {
    const { module } = await loadRuntime();
    if (!files.model || !files.vocab) throw new Error("The model or its vocabulary is missing.");
    const vocabs = new module.AlignedMemoryList();
    vocabs.push_back(aligned(module, files.vocab, 64));
    const shortlist = aligned(module, files.shortlist ?? new ArrayBuffer(0), 64);
    const model = new module.TranslationModel(
      MODEL_CONFIG,
      aligned(module, files.model, 256),
      shortlist,
      vocabs,
      null,
    );
    models.get(direction)?.delete();
    models.set(direction, model);
  },
  async translate(direction, texts) {
    const { module, service } = await loadRuntime();
    const model = models.get(direction);
    if (!model) throw new Error(`No model is loaded for ${direction}.`);
    const input = new module.VectorString();
    const options = new module.VectorResponseOptions();
    for (const text of texts) {
      input.push_back(text);
      options.push_back({ alignment: false, html: false, qualityScores: false });
    }
    const responses = service.translate(model, input, options);
    input.delete();
    options.delete();
    const translations = texts.map((_, index) => responses.get(index).getTranslatedText());
    responses.delete();
    return translations;
  },
};

async function decompress(buffer, compression) {
  if (compression !== "gzip") return buffer;
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

const handlers = {
  async init() {
    const { service } = await loadRuntime();
    // The runtime's own version string, set by its glue code.
    return {
      version: typeof BERGAMOT_VERSION_FULL === "string" ? BERGAMOT_VERSION_FULL : "unknown",
      service: !!service,
    };
  },
  async load({ direction, files }) {
    await loadRuntime();
    const unpacked = {};
    for (const [role, file] of Object.entries(files)) {
      try {
        unpacked[role] = await decompress(file.bytes, file.compression);
      } catch {
        throw new Error(`The ${role} file is damaged: it could not be unpacked.`);
      }
    }
    const backend = self.dvibhashiTranslationBackend ?? bergamotBackend;
    await backend.load(direction, unpacked);
    return { direction };
  },
  async translate({ direction, texts }) {
    const backend = self.dvibhashiTranslationBackend ?? bergamotBackend;
    return backend.translate(direction, texts);
  },
};

self.addEventListener("message", async (event) => {
  const { id, type, ...payload } = event.data ?? {};
  try {
    const handler = handlers[type];
    if (!handler) throw new Error(`Unknown request "${type}".`);
    const result = await handler(payload);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({
      id,
      ok: false,
      error: {
        name: (error && error.name) || "Error",
        message: (error && error.message) || String(error),
      },
    });
  }
});
