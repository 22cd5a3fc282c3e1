// Copies the Bergamot WebAssembly runtime from node_modules into public/, so the on-device
// translator's worker loads it from the app's own origin (never a CDN). Runs before build/dev.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("@browsermt/bergamot-translator/package.json"));
const target = path.resolve(import.meta.dirname, "../public/on-device/runtime");
mkdirSync(target, { recursive: true });
for (const file of ["bergamot-translator-worker.js", "bergamot-translator-worker.wasm"]) {
  copyFileSync(path.join(packageDir, "worker", file), path.join(target, file));
}
console.log(`On-device translator runtime copied to ${path.relative(process.cwd(), target)}`);
