"use client";

// The header's account links: "Mon espace" and sign-out for a signed-in learner, sign-in and sign-up for
// a visitor. On static pages the answer comes from GET /api/me; until then the space is held by an
// invisible placeholder, so nothing jumps and a signed-in learner is never told to create an account.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { usePersonal } from "@/components/personal/use-personal";
import { SignOutForm } from "./sign-out-form";
import { buttonStyles } from "@/components/ui/button";

const link = "rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline";
const button = buttonStyles("primary", "sm");

export function AccountLinks({ locale, signedIn }: { locale: string; signedIn?: boolean }) {
  const t = useTranslations("shell");
  const tp = useTranslations("personal");
  const personal = usePersonal(!signedIn);
  if (signedIn || personal.state === "signedIn") {
    return (
      <>
        <Link className={link} href="/dashboard">
          {tp("mySpace")}
        </Link>
        <SignOutForm locale={locale} label={t("signOut")} />
      </>
    );
  }
  if (personal.state === "loading") {
    return (
      <span aria-hidden="true" className="invisible flex items-center gap-2" data-personal="loading">
        <span className={link}>{t("signIn")}</span>
        <span className={button}>{t("signUp")}</span>
      </span>
    );
  }
  return (
    <>
      <Link className={link} href="/sign-in">
        {t("signIn")}
      </Link>
      <Link href="/sign-up" className={button}>
        {t("signUp")}
      </Link>
    </>
  );
}
