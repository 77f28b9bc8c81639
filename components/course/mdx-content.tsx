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

// Evaluated on the server only: the browser receives rendered HTML and client components, never eval'd code.
// `extra`: components only some pages offer (the text pages' contact addresses).
export function MdxContent({ code, extra }: { code: string; extra?: Components }) {
  return createElement(lessonComponent(code), { components: extra ? { ...mdxComponents, ...extra } : mdxComponents });
}
