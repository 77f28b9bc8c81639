// The frame every page group shares: the site header, then the main landmark the skip link targets.
import type { ReactNode } from "react";
import { SiteHeader, type SiteHeaderProps } from "./site-header";

export function PageShell({ children, ...header }: SiteHeaderProps & { children: ReactNode }) {
  return (
    <>
      <SiteHeader {...header} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
        {children}
      </main>
    </>
  );
}
