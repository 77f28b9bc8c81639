import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AccountLinks } from "./account-links";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitch } from "./locale-switch";
import { LogoMark } from "./logo";

export interface SiteHeaderProps {
  locale: string;
  /**
   * Known on signed-in pages only, so public pages stay static: elsewhere the account links come from
   * GET /api/me in the browser (components/layout/account-links.tsx).
   */
  signedIn?: boolean;
}

const navLink = "block rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline";

// The account page is listed only where the header knows the learner is signed in (see SiteHeaderProps).
const MAIN_LINKS: {
  href: string;
  key: "modules" | "faq" | "verify" | "dashboard" | "account";
  signedInOnly?: boolean;
}[] = [
  { href: "/modules", key: "modules" },
  { href: "/faq", key: "faq" },
  { href: "/verify", key: "verify" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/account", key: "account", signedInOnly: true },
];

// DOM order is the visual order at every width (RGAA 12.8): logo, menu button (below 640 px), then the
// menu — main links, account links, language — which below 640 px is a disclosure under the top row.
export async function SiteHeader({ locale, signedIn }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: "shell" });
  const tp = await getTranslations({ locale, namespace: "personal" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded" aria-label={t("logoAlt")}>
          <LogoMark className="h-10 w-10" />
          <span className="text-2xl font-bold tracking-tight text-brand-900">Vigie</span>
        </Link>
        <HeaderMenu label={tp("menu")}>
          <nav aria-label={t("mainNav")}>
            <ul className="flex flex-col gap-1 text-base sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-2">
              {MAIN_LINKS.filter((l) => signedIn || !l.signedInOnly).map(({ href, key }) => (
                <li key={href}>
                  <Link className={navLink} href={href}>
                    {t(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 sm:ml-auto sm:border-0 sm:pt-0">
            <AccountLinks locale={locale} signedIn={signedIn} />
            <LocaleSwitch />
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
