"use client";

import { useFormatter, useTranslations } from "next-intl";
import { linkProviderAction, unlinkProviderAction } from "@/lib/auth/identity-actions";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import type { OidcProviderId } from "@/lib/auth/oidc/settings";
import { ActionForm } from "@/components/ui/form";

interface SignInMethodsProps {
  passwordChosen: boolean;
  linked: { provider: OidcProviderId; linkedAt: Date; canUnlink: boolean }[];
  /** Configured providers not linked yet. */
  linkable: OidcProviderId[];
}

/** The account's ways to sign in: its password, its linked providers (each with "Unlink"), and "Link …". */
export function SignInMethods({ passwordChosen, linked, linkable }: SignInMethodsProps) {
  const t = useTranslations("account");
  const format = useFormatter();
  return (
    <div className="space-y-4">
      <p>{passwordChosen ? t("signInWithPassword") : t("signInWithoutPassword")}</p>
      {linked.length > 0 ? (
        <ul className="space-y-4">
          {linked.map(({ provider, linkedAt, canUnlink }) => (
            <li key={provider} className="rounded border border-slate-200 p-3">
              <p>
                <span className="font-semibold">{OIDC_PROVIDER_NAMES[provider]}</span>{" "}
                {t("linkedOn", {
                  date: format.dateTime(linkedAt, { dateStyle: "long", timeZone: "Europe/Paris" }),
                })}
              </p>
              {canUnlink ? null : <p className="mt-1 text-sm text-slate-700">{t("unlinkLastWayIn")}</p>}
              <ActionForm
                id={`unlink-${provider}`}
                action={unlinkProviderAction}
                labels={{}}
                hidden={{ provider }}
                submit={t("unlink", { provider: OIDC_PROVIDER_NAMES[provider] })}
                requiredNotice={false}
                tone="danger"
                className="mt-2 space-y-3"
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noLinkedProvider")}</p>
      )}
      {linkable.map((provider) => (
        <ActionForm
          key={provider}
          id={`link-${provider}`}
          action={linkProviderAction}
          labels={{}}
          hidden={{ provider }}
          submit={t("link", { provider: OIDC_PROVIDER_NAMES[provider] })}
          requiredNotice={false}
          className="space-y-3"
        />
      ))}
    </div>
  );
}
