// A public module overview: plain `next start`, then the production topology (nginx caching the
// gzipped page), against the ceiling of nginx serving the same bytes and headers from a file, in the same run.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BASE, load, processTreeCpuMs, type LoadResult } from "./harness";
import type { Nginx } from "./nginx";

export const PUBLIC_PAGE = "/fr/modules/comprendre-la-menace";
const ROUNDS = 3;

/** Writes the page's gzipped bytes to `file` (served as the ceiling) and returns its uncompressed size. */
export async function snapshotPublicPage(file: string): Promise<number> {
  const html = Buffer.from(await (await fetch(`${BASE}${PUBLIC_PAGE}`)).arrayBuffer());
  writeFileSync(file, gzipSync(html, { level: 5 }));
  return html.byteLength;
}

type NginxResult = LoadResult & { nginxCpuUsPerRequest: number };

/** One load through nginx, with the CPU time nginx's workers spent per request (µs). */
async function loadNginx(nginx: Nginx, name: string, path: string): Promise<NginxResult> {
  const before = processTreeCpuMs(nginx.pid);
  const result = await load(name, {
    url: `${nginx.url}${path}`,
    headers: { "accept-encoding": "gzip" },
    connections: 100,
    duration: 4,
  });
  const perRequest = ((processTreeCpuMs(nginx.pid) - before) * 1000) / Math.max(1, result.total);
  return { ...result, nginxCpuUsPerRequest: Math.round(perRequest) };
}

/** Rounds merged: throughput over all of them, the median round's latencies and CPU. */
function merge(rounds: NginxResult[]): NginxResult {
  const median = (pick: (r: NginxResult) => number) => rounds.map(pick).sort((a, b) => a - b)[rounds.length >> 1]!;
  const total = rounds.reduce((sum, r) => sum + r.total, 0);
  return {
    ...rounds[0]!,
    requestsPerSecond: Math.round(total / (4 * rounds.length)),
    p50: median((r) => r.p50),
    p95: median((r) => r.p95),
    p99: median((r) => r.p99),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    total,
    nginxCpuUsPerRequest: median((r) => r.nginxCpuUsPerRequest),
  };
}

export async function benchPublicPages(nginx: Nginx, htmlBytes: number) {
  const gzip = { "accept-encoding": "gzip" };
  await fetch(`${nginx.url}${PUBLIC_PAGE}`, { headers: gzip }); // fills the cache
  // The ceiling answers with the cached page's own headers (security headers, cache status…): the
  // ratio then measures what the cache costs, not what the page's headers cost.
  await nginx.setCeilingHeaders((await fetch(`${nginx.url}${PUBLIC_PAGE}`, { headers: gzip })).headers);
  const direct = await load("public module overview — next start, 100 connections", {
    url: `${BASE}${PUBLIC_PAGE}`,
    connections: 100,
    duration: 10,
  });
  // Cache and ceiling alternate in short rounds, so that other load on the machine weighs on both alike;
  // the ratio is the median of the rounds' ratios.
  const proxiedRounds: NginxResult[] = [];
  const ceilingRounds: NginxResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    proxiedRounds.push(
      await loadNginx(nginx, "public module overview — nginx cache (gzip), 100 connections", PUBLIC_PAGE),
    );
    ceilingRounds.push(
      await loadNginx(nginx, "ceiling: nginx, same bytes and headers from a file, 100 connections", "/static.html"),
    );
  }
  const ratios = proxiedRounds
    .map((r, i) => r.requestsPerSecond / ceilingRounds[i]!.requestsPerSecond)
    .sort((a, b) => a - b);
  const ratio = Math.round(100 * ratios[ROUNDS >> 1]!);
  return [
    { ...direct, target: "≥ 700 req/s, p99 ≤ 300 ms" },
    { ...merge(proxiedRounds), ratioToCeiling: `${ratio} %`, target: "≥ 90 % of the ceiling, p99 ≤ 50 ms" },
    { ...merge(ceilingRounds) },
    {
      name: "public module overview — HTML size (KB, uncompressed)",
      requestsPerSecond: Math.round(htmlBytes / 1024),
      target: "≤ 100 KB",
    },
  ];
}
