import type { ReactNode } from "react";

export function PageTitle({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {lead ? <p className="mt-3 max-w-2xl text-lg text-slate-700">{lead}</p> : null}
    </>
  );
}
