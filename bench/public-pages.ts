// A public module overview: plain `next start`, then the production topology (nginx caching the
// gzipped page), against the ceiling of nginx serving the same bytes from a file, in the same run.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BASE, load } from "./harness";

export const PUBLIC_PAGE = "/fr/modules/comprendre-la-menace";

/** Writes the page's gzipped bytes to `file` (served as the ceiling) and returns its uncompressed size. */
export async function snapshotPublicPage(file: string): Promise<number> {
  const html = Buffer.from(await (await fetch(`${BASE}${PUBLIC_PAGE}`)).arrayBuffer());
  writeFileSync(file, gzipSync(html, { level: 5 }));
  return html.byteLength;
}

export async function benchPublicPages(proxyUrl: string, htmlBytes: number) {
  const gzip = { "accept-encoding": "gzip" };
  await fetch(`${proxyUrl}${PUBLIC_PAGE}`, { headers: gzip }); // fills the cache
  const direct = await load("public module overview — next start, 100 connections", {
    url: `${BASE}${PUBLIC_PAGE}`,
    connections: 100,
    duration: 10,
  });
  const proxied = await load("public module overview — nginx cache (gzip), 100 connections", {
    url: `${proxyUrl}${PUBLIC_PAGE}`,
    headers: gzip,
    connections: 100,
    duration: 10,
  });
  const ceiling = await load("ceiling: nginx, same bytes from a file, 100 connections", {
    url: `${proxyUrl}/static.html`,
    headers: gzip,
    connections: 100,
    duration: 10,
  });
  const ratio = Math.round((100 * proxied.requestsPerSecond) / ceiling.requestsPerSecond);
  return [
    { ...direct, target: "≥ 700 req/s, p99 ≤ 300 ms" },
    { ...proxied, ratioToCeiling: `${ratio} %`, target: "≥ 50 % of the ceiling, p99 ≤ 50 ms" },
    { ...ceiling },
    {
      name: "public module overview — HTML size (KB, uncompressed)",
      requestsPerSecond: Math.round(htmlBytes / 1024),
      target: "≤ 100 KB",
    },
  ];
}
