import autocannon from "autocannon";

/** One endpoint under load: what to send, and what a complete answer looks like. */
export interface LoadCase {
  method?: "GET" | "POST";
  path: string;
  /** The request body; the counter is unique to the request, for bodies nothing can cache. */
  body?: (counter: number) => string;
  /** Whether a 200 answer's body is complete (every paragraph present, say). */
  check?: (body: string) => boolean;
}

export interface LoadMeasure {
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds, as autocannon measured them. */
  p50: number;
  p99: number;
  /** Requests that got no answer: connection errors and timeouts. */
  unanswered: number;
  /** Answers outside 2xx. */
  non2xx: number;
  /** Answers other than 200, or whose body failed the case's check. */
  incomplete: number;
}

/**
 * Runs one case with autocannon for `duration` seconds over `connections` connections. The
 * benches share it so each counts errors and reads percentiles the same way.
 */
export async function measureLoad(
  options: LoadCase & { url: string; connections: number; duration: number },
): Promise<LoadMeasure> {
  let counter = 0;
  let incomplete = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: options.method ?? "GET",
        path: options.path,
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          counter += 1;
          return options.body ? { ...request, body: options.body(counter) } : request;
        },
        onResponse: (status, body) => {
          if (status !== 200 || (options.check && !options.check(body))) incomplete += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unanswered: result.errors + result.timeouts,
    non2xx: result.non2xx,
    incomplete,
  };
}
