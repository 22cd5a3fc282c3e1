import { createServer, Socket, type Server } from "node:net";

/**
 * Redis for tests: `.ci/run` starts it and sets TEST_REDIS_URL; without it the Redis tests are
 * skipped, and the skip says so in its name.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL?.trim() || undefined;

export const REDIS_SKIP_REASON =
  "skipped: TEST_REDIS_URL is not set (run .ci/run, or point it at a Redis server)";

/** A key prefix no other test run uses, so runs sharing one Redis never see each other's keys. */
export function uniqueKeyPrefix(label = "test"): string {
  return `dvibhashi-${label}-${process.pid}-${Math.random().toString(36).slice(2, 10)}:`;
}

/**
 * A TCP relay in front of a real server that a test can cut and restore, to stand for the
 * server going down and coming back without touching the server other tests use.
 */
export interface CuttableRelay {
  port: number;
  /** Stops accepting and drops every open connection. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startRelay(target: { host: string; port: number }): Promise<CuttableRelay> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client);
        sockets.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
        upstream.connect(target.port, target.host, () => {
          client.pipe(upstream);
          upstream.pipe(client);
        });
      });
      next.on("error", reject);
      next.listen(port, "127.0.0.1", () => {
        const address = next.address();
        port = typeof address === "object" && address ? address.port : port;
        server = next;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  await listen();
  return { port, cut: stop, restore: listen, close: stop };
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
