// Shared benchmark harness: a fresh PostgreSQL database, the production server on it, seeded
// learners with real session cookies, autocannon runs and the server's memory.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import postgres from "postgres";

export const BENCH_SECRET = "bench-secret-not-for-production-0123456789abcdef";
// This process signs what the bench server checks (attempt tokens, session cookies): set before any of
// the app's modules reads its environment (lib/env.mjs parses it once, on first import).
process.env.AUTH_SECRET = BENCH_SECRET;
/** A production server with DATABASE_URL refuses to start without a certificate key: a throwaway one. */
const BENCH_CERTIFICATE_KEY = generateKeyPairSync("ed25519")
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
export const PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchDb {
  url: string;
  drop: () => Promise<void>;
}

/** `prefix` names the database after the run that owns it (bench, scale…), so leftovers are easy to trace. */
export async function createBenchDatabase(prefix = "vigie_bench"): Promise<BenchDb> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export const EVENT_LOOP_FILE = path.join(os.tmpdir(), `vigie-bench-event-loop-${process.pid}.json`);

/**
 * TRUSTED_PROXY_HOPS=1: the load generator plays the proxy's part and writes each visitor's address in
 * X-Forwarded-For (bench/forms.ts visitorAddress), as nginx does in production; the per-IP limits
 * then count visitors, not the one load-generating machine.
 */
export function benchEnv(databaseUrl: string, base = BASE): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: BENCH_SECRET,
    CERTIFICATE_SIGNING_KEY: BENCH_CERTIFICATE_KEY,
    APP_URL: base,
    OUTBOX_DIR: "/tmp/vigie-bench-outbox",
    DB_POOL_MAX: "20",
    EVENT_LOOP_STATS_FILE: EVENT_LOOP_FILE,
    TRUSTED_PROXY_HOPS: "1",
  };
}

/** Event-loop delay of the server (ms) while `work` runs (see lib/event-loop-stats.ts). */
export async function measureEventLoop<T>(work: () => Promise<T>): Promise<{ result: T; p99: number; max: number }> {
  rmSync(EVENT_LOOP_FILE, { force: true });
  await new Promise((r) => setTimeout(r, 1200)); // the server starts a new window
  const result = await work();
  await new Promise((r) => setTimeout(r, 1100));
  const stats = JSON.parse(readFileSync(EVENT_LOOP_FILE, "utf8")) as { p99: number; max: number };
  return { result, p99: stats.p99, max: stats.max };
}

/**
 * `env` adds or overrides variables (SMTP_URL, CRON_SECRET…) and `appUrl` sets APP_URL (the proxy's
 * address when instances sit behind one). `detached` puts the server in its own process group, so
 * `process.kill(-pid)` reaches every process `next start` runs.
 */
export async function startServer(
  databaseUrl: string,
  port = PORT,
  options: { env?: Record<string, string>; appUrl?: string; detached?: boolean } = {},
): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  // The same heap limits as `npm start`; BENCH_NODE_ARGS adds flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const nodeArgs = [
    "--max-old-space-size=256",
    "--max-semi-space-size=16",
    ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
  ];
  const server = spawn(
    process.execPath,
    [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { ...benchEnv(databaseUrl, options.appUrl ?? base), ...options.env },
      stdio: ["ignore", "pipe", "inherit"],
      detached: options.detached,
    },
  );
  // Read (and dropped) so that the server's log lines never wait on a full pipe; their cost is measured.
  server.stdout?.resume();
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("server did not become healthy");
}

/** Samples the server's resident memory every 250 ms; `peak()` gives the highest value seen. */
export function trackPeakRss(server: ChildProcess): { peak: () => number; stop: () => void } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, serverRssMb(server))), 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** CPU time (user + system, ms) used so far by a process and its descendants still alive. */
export function processTreeCpuMs(pid: number | undefined): number {
  let ms = 0;
  for (const p of [pid, ...childPids(pid)]) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ms += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
    } catch {
      /* gone */
    }
  }
  return ms;
}

/** CPU time (user + system, ms) the servers spent per request during `run`: steadier than req/s on a busy machine. */
export async function cpuPerRequest<T extends { total: number }>(
  servers: ChildProcess | ChildProcess[],
  run: () => Promise<T>,
): Promise<T & { serverCpuMsPerRequest: number }> {
  const cpu = () => [servers].flat().reduce((sum, s) => sum + processTreeCpuMs(s.pid), 0);
  const before = cpu();
  const result = await run();
  const perRequest = (cpu() - before) / Math.max(1, result.total);
  return { ...result, serverCpuMsPerRequest: Math.round(perRequest * 100) / 100 };
}

/** Resident memory of the server process tree (next start forks next-server), in MB. */
export function serverRssMb(server: ChildProcess): number {
  const pids = [server.pid, ...childPids(server.pid)];
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return Math.round(kb / 1024);
}

function childPids(pid: number | undefined): number[] {
  if (!pid) return [];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.flatMap((c) => [c, ...childPids(c)]);
  } catch {
    return [];
  }
}

/** A valid Auth.js session cookie for a server-side session id, minted with the bench secret. */
export async function sessionCookie(sid: string): Promise<string> {
  const name = "authjs.session-token";
  const value = await encode({ token: { sid }, secret: BENCH_SECRET, salt: name, maxAge: 12 * 3600 });
  return `${name}=${value}`;
}

export interface LoadResult {
  name: string;
  connections: number;
  rate?: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /** Responses by status code. */
  statuses: Record<number, number>;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}

/** Runs autocannon and computes exact percentiles from every response time (autocannon has no p95). */
export function load(
  name: string,
  options: autocannon.Options & { rate?: number; expectStatus?: number | number[] },
): Promise<LoadResult> {
  const times: number[] = [];
  const expected = new Set([options.expectStatus ?? 200].flat());
  let unexpected = 0;
  const statuses: Record<number, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: 10, ...options, overallRate: options.rate }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      resolve({
        name,
        connections: options.connections ?? 10,
        rate: options.rate,
        requestsPerSecond: Math.round(result.requests.total / (result.duration || 1)),
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        p99: percentile(times, 0.99),
        errors: result.errors + result.timeouts + unexpected,
        non2xx: unexpected,
        total: result.requests.total,
        statuses,
      });
    });
    // Latency percentiles are those of the expected answers (under overload, of admitted requests).
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (expected.has(status)) times.push(responseTime);
      else unexpected += 1;
    });
  });
}

export function report(file: string, rows: Record<string, unknown>[]): void {
  // The server runs on the bench's own Node (startServer spawns process.execPath): say which.
  console.log(`Node ${process.version}`);
  console.table(rows);
  mkdirSync(path.join("bench", "results"), { recursive: true });
  writeFileSync(
    path.join("bench", "results", file),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2),
  );
}
