"use client";

import { useTranslations } from "next-intl";
import { linkExistingAccountAction } from "@/lib/auth/identity-actions";
import { Link } from "@/lib/i18n/navigation";
import { ActionForm, PasswordField } from "@/components/ui/form";

/** The existing account's password, proving it is the person's before their verified identity is linked to it. */
export function OidcLinkForm({ provider }: { provider: string }) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="oidc-link"
      action={linkExistingAccountAction}
      labels={{ password: t("oidcLinkPassword") }}
      submit={t("oidcLinkSubmit", { provider })}
      actions={
        <Link href="/forgot-password" className="text-brand-800 underline">
          {t("forgotLink")}
        </Link>
      }
    >
      <PasswordField name="password" autoComplete="current-password" />
    </ActionForm>
  );
}
