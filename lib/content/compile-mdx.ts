// Compiles a unit's MDX with mdx-bundler once per content version (cached by the source's hash).
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";

const cache = new Map<string, Promise<string>>();

export class MdxSyntaxError extends Error {}

function describe(error: unknown, file: string): string {
  const e = error as { errors?: { text: string; location?: { line: number; column: number } | null }[]; message?: string };
  const first = e.errors?.[0];
  if (first) {
    // For some MDX errors esbuild reports line 0 and puts the real position "(line:col-…)" in the text.
    const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(first.text);
    const line = first.location?.line || Number(inText?.[1] ?? 0);
    const column = first.location?.line ? first.location.column + 1 : Number(inText?.[2] ?? 0);
    const where = line ? `:${line}:${column}` : "";
    return `${file}${where}: ${first.text}`;
  }
  return `${file}: ${e.message ?? String(error)}`;
}

/** Returns the compiled function body for getMDXComponent; throws MdxSyntaxError naming file and line. */
export function compileMdx(source: string, file: string): Promise<string> {
  const key = createHash("sha256").update(source).digest("hex");
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = bundleMDX({ source, esbuildOptions: (options) => ({ ...options, logLevel: "silent" }) })
      .then((result) => result.code)
      .catch((error: unknown) => {
        cache.delete(key);
        throw new MdxSyntaxError(describe(error, file));
      });
    cache.set(key, compiled);
  }
  return compiled;
}
