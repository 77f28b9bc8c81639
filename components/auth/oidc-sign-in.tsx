"use client";

import { usePathname } from "next/navigation";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { initialResult } from "@/lib/action-result";
import { oidcSignInAction } from "@/lib/auth/actions";
import { Alert } from "@/components/ui/alert";

const ABOUT = { franceconnect: "https://franceconnect.gouv.fr/", proconnect: "https://www.proconnect.gouv.fr/" };
const NAMES = { franceconnect: "FranceConnect", proconnect: "ProConnect" };
const LOGO_WIDTH = { franceconnect: 40, proconnect: 55 };

/**
 * FranceConnect's documented button (DSFR "connect"): the service's logo (public/identity, decorative:
 * the text names the service), "S'identifier avec" then the brand on its own line, on the State's
 * blue (#000091), and below it the link "Qu'est-ce que FranceConnect ?" opening a new window, which its
 * title says. Through useActionState for its permalink: before hydration the form posts to
 * this page (RGAA 8.2), as the app's other forms.
 */
export function OidcSignIn({ provider, next }: { provider: "franceconnect" | "proconnect"; next?: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("formErrors");
  const locale = useLocale();
  const [state, formAction] = useActionState(oidcSignInAction, initialResult, usePathname());
  const name = NAMES[provider];
  return (
    <div className="space-y-2">
      {!state.ok && state.formError ? <Alert>{te(state.formError)}</Alert> : null}
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="provider" value={provider} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <button
          type="submit"
          className="inline-flex items-center gap-3 bg-[#000091] py-2.5 pr-3 pl-3 text-left leading-none text-white hover:bg-[#1212ff] active:bg-[#2323ff]"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a 5 KB static SVG, nothing to optimise */}
          <img
            src={`/identity/${provider}.svg`}
            alt=""
            width={LOGO_WIDTH[provider]}
            height={48}
            className="h-12 w-auto"
          />
          <span className="flex flex-col items-start gap-1">
            <span className="text-[1.0625rem]">{t("oidcSignInWith")}</span>{" "}
            <span className="text-lg font-bold">{name}</span>
          </span>
        </button>
      </form>
      <p>
        <a
          href={ABOUT[provider]}
          target="_blank"
          rel="noopener"
          title={`${t("oidcWhatIs", { provider: name })} - ${t("oidcNewWindow")}`}
          className="text-brand-800 underline"
        >
          {t("oidcWhatIs", { provider: name })}
        </a>
      </p>
    </div>
  );
}
