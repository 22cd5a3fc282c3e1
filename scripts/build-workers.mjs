// Bundles the server's worker-thread scripts (TypeScript, using the app's `@/` imports) into
// plain ES modules under .next/workers, next to the build that uses them. Runs after
// `next build`, which empties .next first.
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: { "gloss-worker": path.join(root, "lib/server/gloss-worker.ts") },
  outdir: path.join(root, ".next/workers"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // `server-only` resolves to its empty server build, as it does inside Next.js.
  conditions: ["react-server"],
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
