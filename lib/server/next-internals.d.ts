// Types for Next.js's compression middleware (shipped without them), which the permalink's
// response cache runs on a cached response so it is negotiated and compressed as Next.js does.

declare module "next/dist/compiled/compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  /** The `compression` middleware Next.js runs on every response it sends (`compress: true`). */
  export default function compression(): (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => void;
}
