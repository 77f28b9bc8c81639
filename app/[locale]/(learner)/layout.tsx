import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { SignOutForm } from "@/components/layout/sign-out-form";

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
  const t = await getTranslations({ locale, namespace: "shell" });
  return (
    <PageShell locale={locale} signedIn signOut={<SignOutForm locale={locale} label={t("signOut")} />}>
      {children}
    </PageShell>
  );
}
