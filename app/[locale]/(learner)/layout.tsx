import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SignOutForm } from "@/components/layout/sign-out-form";
import { SiteHeader } from "@/components/layout/site-header";

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
  const signOut = <SignOutForm locale={locale} label={t("signOut")} />;
  return (
    <>
      <SiteHeader locale={locale} signedIn signOut={signOut} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
        {children}
      </main>
    </>
  );
}
