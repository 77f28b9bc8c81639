import { getMDXComponent } from "mdx-bundler/client";
import { createElement, type ComponentType } from "react";
import { mdxComponents } from "@/components/mdx";

type Components = Record<string, ComponentType<never>>;
type MdxComponent = ComponentType<{ components: Components }>;
const compiled = new Map<string, MdxComponent>();

/** One component per compiled lesson, evaluated once per process. */
function lessonComponent(code: string): MdxComponent {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code) as MdxComponent;
    compiled.set(code, component);
  }
  return component;
}

/** Components a single page adds to the lessons' allow-list (the accessibility statement's contact). */
export type PageComponents = Record<string, ComponentType>;

// Evaluated on the server only: the browser receives rendered HTML and client components, never eval'd code.
// `components`: what only some pages offer (the text pages' contact addresses, the statement's contact).
export function MdxContent({ code, components }: { code: string; components?: PageComponents }) {
  return createElement(lessonComponent(code), {
    components: components ? { ...mdxComponents, ...components } : mdxComponents,
  });
}
