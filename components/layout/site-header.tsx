import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";
import { LogoMark } from "./logo";

export interface SiteHeaderProps {
  locale: string;
  /** On signed-in pages only, so public pages stay static. */
  signedIn?: boolean;
  signOut?: React.ReactNode;
}

const navLink = "rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline";

export async function SiteHeader({ locale, signedIn, signOut }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: "shell" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded" aria-label={t("logoAlt")}>
          <LogoMark className="h-10 w-10" />
          <span className="text-2xl font-bold tracking-tight text-brand-900">Vigie</span>
        </Link>
        <nav aria-label={t("mainNav")} className="order-3 w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base">
            <li>
              <Link className={navLink} href="/modules">
                {t("modules")}
              </Link>
            </li>
            <li>
              <Link className={navLink} href="/faq">
                {t("faq")}
              </Link>
            </li>
            <li>
              <Link className={navLink} href="/verify">
                {t("verify")}
              </Link>
            </li>
            <li>
              <Link className={navLink} href="/dashboard">
                {t("dashboard")}
              </Link>
            </li>
            {signedIn ? (
              <li>
                <Link className={navLink} href="/account">
                  {t("account")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="order-2 flex items-center gap-2 sm:order-3">
          {signedIn ? (
            signOut
          ) : (
            <>
              <Link className={navLink} href="/sign-in">
                {t("signIn")}
              </Link>
              <Link
                href="/sign-up"
                className="rounded bg-brand-800 px-3 py-1.5 font-semibold text-white hover:bg-brand-900"
              >
                {t("signUp")}
              </Link>
            </>
          )}
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}
