import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { PageShell } from "@/components/layout/page-shell";
import { SessionWarning } from "@/components/layout/session-warning";

// Every page below is for signed-in learners and checks the session itself (requireUser, or the
// proxy for the prerendered unit pages), so this layout stays static.
export default async function LearnerLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="all">
      <PageShell locale={locale} signedIn>
        {children}
        <SessionWarning />
      </PageShell>
    </ClientMessages>
  );
}
