import type { ReactNode } from "react";
import { Heading } from "@/components/ui/heading";

export function PageTitle({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {lead ? <p className="mt-3 max-w-2xl text-lg text-slate-700">{lead}</p> : null}
    </>
  );
}
