// The frame every page group shares: the site header, then the main landmark the skip link targets.
import type { ReactNode } from "react";
import { ClientMessages } from "./client-messages";
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

type LayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The layout of every group whose header learns who is there from GET /api/me — (public), (auth) and
 * (study) — so those layouts stay static and their pages can be prerendered. (public) re-exports it;
 * (auth) and (study), whose pages hold forms, quizzes and lessons, re-export FullMessagesShellLayout.
 */
export async function VisitorShellLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  return <PageShell locale={locale}>{children}</PageShell>;
}

/** The visitor shell with every client message namespace (forms, quizzes, lesson animations). */
export async function FullMessagesShellLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="all">
      <PageShell locale={locale}>{children}</PageShell>
    </ClientMessages>
  );
}
