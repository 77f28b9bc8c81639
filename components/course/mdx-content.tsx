import { getMDXComponent } from "mdx-bundler/client";
import { createElement, type ComponentType } from "react";

/** What MDX may render: components with props of their own (the lessons') or none (a text page's). */
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

/** Components a single page adds to its allow-list (the accessibility statement's contact). */
export type PageComponents = Record<string, ComponentType>;

// Evaluated on the server only: the browser receives rendered HTML and client components, never eval'd code.
// `components`: the allow-list of the page, passed by each caller: the lessons' (components/mdx) on a unit
// page, the contact addresses on a text page. A page that imports no lesson component ships none of their
// scripts: the FAQ no longer loads the lessons' animations (≈ 20 KB of script) it never shows.
export function MdxContent({ code, components }: { code: string; components: Components }) {
  return createElement(lessonComponent(code), { components });
}
