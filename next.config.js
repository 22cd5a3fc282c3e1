// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native ONNX Runtime and its helpers are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@huggingface/transformers", "onnxruntime-node", "sharp"],
  // The gloss engine reads its GPL lexicon from data/ at run time; tracing keeps it in standalone output.
  outputFileTracingIncludes: {
    "/api/**": ["./data/gloss/**"],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The same as lib/server/security-headers.ts, for files the proxy does not see.
          // APP_RESPONSE_HEADERS there lists these for the direct route (server.mjs answers
          // POST /api/translate without Next); a unit test keeps the two lists the same.
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
          },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
