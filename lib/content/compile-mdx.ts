// Compiles MDX with mdx-bundler once per content version (cached by the source's hash); headings get
// ids (rehype-slug), listed with the result so quiz questions can point at the section that teaches them.
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";

export interface MdxHeading {
  id: string;
  depth: number;
  text: string;
}

export interface CompiledMdx {
  code: string;
  headings: MdxHeading[];
}

const cache = new Map<string, Promise<CompiledMdx>>();

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

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (node: HastNode): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));

/** A rehype plugin, run after rehype-slug: records every heading's id, level and text, in order. */
function collectHeadings(into: MdxHeading[]) {
  return () => (tree: HastNode) => {
    const visit = (node: HastNode) => {
      const depth = /^h([1-6])$/.exec(node.tagName ?? "")?.[1];
      const id = node.properties?.id;
      if (node.type === "element" && depth && typeof id === "string") into.push({ id, depth: Number(depth), text: textOf(node).trim() });
      else for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}

/** Compiled function body (for getMDXComponent) and headings; throws MdxSyntaxError naming file and line. */
export function compileMdxWithHeadings(source: string, file: string): Promise<CompiledMdx> {
  const key = createHash("sha256").update(source).digest("hex");
  let compiled = cache.get(key);
  if (!compiled) {
    const headings: MdxHeading[] = [];
    compiled = bundleMDX({
      source,
      mdxOptions: (options) => ({ ...options, rehypePlugins: [...(options.rehypePlugins ?? []), rehypeSlug, collectHeadings(headings)] }),
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
    })
      .then((result) => ({ code: result.code, headings }))
      .catch((error: unknown) => {
        cache.delete(key);
        throw new MdxSyntaxError(describe(error, file));
      });
    cache.set(key, compiled);
  }
  return compiled;
}

/** Returns the compiled function body for getMDXComponent; throws MdxSyntaxError naming file and line. */
export function compileMdx(source: string, file: string): Promise<string> {
  return compileMdxWithHeadings(source, file).then((result) => result.code);
}
