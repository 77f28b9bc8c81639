import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx";

// Evaluated on the server only: the browser receives rendered HTML and client components, never eval'd code.
export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return <Component components={mdxComponents} />;
}
