// The production server: Next.js's request handler behind a plain Node HTTP server, so that
// the app can rate-limit by each connection's real address (route handlers cannot see the
// socket). `npm start` runs it; like `next start` it takes `-p <port>` (or PORT) and
// `-H <hostname>` (all interfaces by default).
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const PEER_ADDRESS_HEADER = "x-dvibhashi-peer-address";
const PEER_TOKEN_HEADER = "x-dvibhashi-peer-token";
// The ticket by which the permalink page tells the response cache what it rendered; only the
// cache may set it (lib/server/permalink-responses.ts).
const RENDER_TICKET_HEADER = "x-dvibhashi-render-ticket";
// The permalink's response cache, installed on globalThis by the app (bundled apart from this
// file) once the permalink page has rendered.
const PERMALINK_RESPONSES = Symbol.for("dvibhashi.permalink-responses");
// The translate route, installed on globalThis by its module once Next has loaded it
// (lib/server/direct-route.ts): exactly `POST /api/translate` is then answered by the route's
// handler here, without Next's request handling in between.
const TRANSLATE_ROUTE = Symbol.for("dvibhashi.translate-route");

/** The value after `short` or `long` on the command line, if given. */
function option(short, long) {
  const index = process.argv.findIndex((value) => value === short || value === long);
  return index === -1 ? undefined : process.argv[index + 1];
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? "3000");
const hostname = option("-H", "--hostname");
// Drawn per start, so only this process can vouch for the address header.
const token = randomBytes(24).toString("hex");
process.env.DVIBHASHI_PEER_TOKEN = token;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  // Whatever the client wrote under these names is dropped before ours are set.
  delete request.headers[PEER_ADDRESS_HEADER];
  delete request.headers[PEER_TOKEN_HEADER];
  delete request.headers[RENDER_TICKET_HEADER];
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  request.headers[PEER_TOKEN_HEADER] = token;
  const translate = globalThis[TRANSLATE_ROUTE];
  if (translate?.takes(request)) {
    void translate.serve(request, response);
    return;
  }
  const render = () => void handle(request, response);
  // A repeat GET of a permalink is answered from the rendered responses kept per document
  // revision and interface language; every other request goes to Next.js.
  const permalinks = globalThis[PERMALINK_RESPONSES];
  if (permalinks === undefined) render();
  else permalinks.handle(request, response, render);
});
server.listen(port, hostname, () => {
  console.log(`Dvibhashi listening on http://${hostname ?? "localhost"}:${port}`);
});

// Finish the requests in flight, then exit; a stuck connection does not hold the exit forever.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
