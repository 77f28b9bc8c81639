// What the browser loads: no zod in any module a client component imports, directly or not. zod in
// the browser is ≈ 100 KB of script on every page, and zod 4 probes `new Function` when it builds an
// object schema, which the Content Security Policy reports (Lighthouse best practices < 100).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|mjs)$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Value imports and re-exports (type-only ones are erased and never reach the browser). */
function imports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm)) {
    if (!m[2]) found.push(m[3]!);
  }
  for (const m of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(m[1]!);
  return found;
}

/** The chain of files from `file` to a zod import, or null. Server-action files send only references. */
function zodChain(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (/^["']use server["']/m.test(source)) return null;
  for (const specifier of imports(source)) {
    if (specifier === "zod" || specifier.startsWith("zod/")) return [path.relative(ROOT, file)];
    const next = resolve(file, specifier);
    const chain = next ? zodChain(next, seen) : null;
    if (chain) return [path.relative(ROOT, file), ...chain];
  }
  return null;
}

describe("client components", () => {
  const clientFiles = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) =>
    /^["']use client["']/m.test(readFileSync(f, "utf8")),
  );

  it("are found", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it("import no module that imports zod", () => {
    const chains = clientFiles.map((f) => zodChain(f)).filter((c): c is string[] => c !== null);
    expect(chains.map((c) => c.join(" → "))).toEqual([]);
  });
});
