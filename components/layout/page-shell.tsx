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

/**
 * The layout of every group whose header learns who is there from GET /api/me — (public), (auth) and
 * (study) — so those layouts stay static and their pages can be prerendered. Each group's layout.tsx
 * re-exports it.
 */
export async function VisitorShellLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return <PageShell locale={locale}>{children}</PageShell>;
}
