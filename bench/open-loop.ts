// A true open-loop load: requests leave at evenly spaced instants whatever the server's speed, and
// each latency counts from the instant the request was due (no coordinated omission). autocannon's
// rate option sends each second's requests in one burst, which measures the burst, not the rate.
import http from "node:http";
import type autocannon from "autocannon";
import type { LoadResult } from "./harness";

export type Concrete = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };

function concrete(request: autocannon.Request): Concrete {
  const base = {
    method: request.method,
    path: request.path,
    headers: request.headers as Record<string, string> | undefined,
    body: request.body as string | undefined,
  };
  const setup = request.setupRequest as ((r: Concrete) => Concrete) | undefined;
  return setup ? setup(base) : base;
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10 : 0;
}

export async function openLoop(
  name: string,
  options: {
    url: string;
    requests: autocannon.Request[];
    rate: number;
    duration: number;
    expectStatus: number[];
    timeoutMs?: number;
    /** Sees each request with its answer (or its network error), e.g. to check headers or record ids. */
    onResponse?: (request: Concrete, answer: http.IncomingMessage | Error) => void;
  },
): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(options.rate * options.duration);
  const interval = 1000 / options.rate;
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let unexpected = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const req = concrete(options.requests[i % options.requests.length]!);
    inFlight.push(
      new Promise<void>((resolve) => {
        const body = req.body === undefined ? undefined : Buffer.from(req.body);
        const headers = { ...(req.headers ?? {}), ...(body ? { "content-length": String(body.byteLength) } : {}) };
        const call = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            method: req.method ?? "GET",
            path: req.path ?? "/",
            headers,
            timeout: options.timeoutMs ?? 10_000,
          },
          (res) => {
            res.resume();
            res.on("end", () => {
              options.onResponse?.(req, res);
              const status = res.statusCode ?? 0;
              statuses[status] = (statuses[status] ?? 0) + 1;
              if (options.expectStatus.includes(status)) times.push(performance.now() - due);
              else unexpected += 1;
              resolve();
            });
          },
        );
        call.on("timeout", () => call.destroy(new Error("timeout")));
        call.on("error", (error) => {
          options.onResponse?.(req, error);
          errors += 1;
          resolve();
        });
        call.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    name,
    connections: 0,
    rate: options.rate,
    requestsPerSecond: Math.round(times.length / seconds),
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: errors + unexpected,
    non2xx: unexpected,
    total,
    statuses,
  };
}
