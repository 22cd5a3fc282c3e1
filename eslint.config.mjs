import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Imports point one way: app → components → lib, with lib/text at the bottom (see
 * docs/architecture.md). Each zone names the files it governs (`target`) and what they may not
 * import (`from`). The schema files beside the API routes import only zod, so lib/api's wire
 * types may derive their types from them.
 */
const importDirection = {
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        {
          target: "./lib/text",
          from: "./lib",
          except: ["./text"],
          message: "lib/text is the bottom layer: it imports nothing else from lib.",
        },
        {
          target: "./lib",
          from: "./components",
          message: "lib must not import components: move the shared code down into lib.",
        },
        {
          target: "./lib",
          from: "./app/**",
          except: ["**/app/api/**/schema.ts"],
          message: "lib must not import app (routes only); only the routes' schemas are shared.",
        },
        {
          target: "./components",
          from: ["./app"],
          message: "components must not import app: routes compose components, not the reverse.",
        },
        {
          target: "./components",
          from: ["./lib/server", "./lib/store", "./lib/import"],
          message: "components run in the browser: they must not import server-only modules.",
        },
        {
          target: "./lib/translation",
          from: [
            "./lib/server",
            "./lib/store",
            "./lib/api",
            "./lib/api-client",
            "./lib/query",
            "./lib/documents",
            "./lib/import",
            "./lib/summary",
          ],
          message: "lib/translation sits below the app's wiring, stores and clients.",
        },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-artifacts/**",
      "next-env.d.ts",
      "data/**",
      "public/on-device/runtime/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import/no-default-export": "off",
    },
  },
  { files: ["lib/**", "components/**"], rules: importDirection },
];

export default config;
