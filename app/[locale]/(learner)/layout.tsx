import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { SiteHeader } from "@/components/layout/site-header";

// Every page below is for signed-in learners and checks the session itself (requireUser, or the
// proxy for the prerendered unit pages), so this layout stays static.
export default async function LearnerLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "shell" });
  const signOut = (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline">
        {t("signOut")}
      </button>
    </form>
  );
  return (
    <>
      <SiteHeader locale={locale} signedIn signOut={signOut} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
        {children}
      </main>
    </>
  );
}
