// The route a request path belongs to, as a metric label: the app's route pattern
// (/[locale]/learn/[moduleSlug]/[unitSlug]), never the raw path with its codes, tokens and ids.
import { readFileSync } from "node:fs";
import path from "node:path";

interface Manifest {
  staticRoutes: { page: string }[];
  dynamicRoutes: { page: string; regex: string }[];
}

export interface RouteTable {
  exact: Set<string>;
  dynamic: { page: string; regex: RegExp }[];
}

export function routeTableOf(manifest: Manifest): RouteTable {
  return {
    exact: new Set(manifest.staticRoutes.map((r) => r.page)),
    // Next writes them most specific first, the catch-all last.
    dynamic: manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) })),
  };
}

/** The table of the production build `next start` serves; empty (everything "other") without one. */
export function loadRouteTable(distDir = path.join(process.cwd(), ".next")): RouteTable {
  try {
    return routeTableOf(JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as Manifest);
  } catch {
    return { exact: new Set(), dynamic: [] };
  }
}

export function routePattern(url: string, table: RouteTable): string {
  const pathname = (url.split("?")[0] ?? "/").replace(/\.rsc$/, "");
  if (pathname === "/") return "/";
  if (pathname.startsWith("/_next/")) return "/_next";
  if (table.exact.has(pathname)) return pathname;
  // Files of public/ (videos, captions, icons): one label for all.
  if (/\.[a-z0-9]+$/i.test(pathname)) return "static";
  for (const route of table.dynamic) if (route.regex.test(pathname)) return route.page;
  return "other";
}
