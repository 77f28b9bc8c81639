import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageShell } from "@/components/layout/page-shell";

// The unit pages, their quizzes and results. Apart from the (learner) group because one unit is open to
// visitors (lib/progress/open-unit.ts): the header learns who is there from GET /api/me, as on the public
// pages, so this layout stays static and the prerendered unit pages stay prerendered. Every page still
// checks the session itself (proxy.ts for the unit pages, requireUser for the quiz and the result).
export default async function StudyLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="all">
      <PageShell locale={locale}>{children}</PageShell>
    </ClientMessages>
  );
}
