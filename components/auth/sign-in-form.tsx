"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/navigation";
import { ActionForm, CheckboxField, PasswordField, TextField } from "@/components/ui/form";

export function SignInForm({ next, rememberedUsername }: { next?: string; rememberedUsername?: string }) {
  const t = useTranslations("auth");
  const labels = {
    identifier: t("identifier"),
    password: t("password"),
    rememberUsername: t("rememberUsername"),
  };
  return (
    <ActionForm
      id="sign-in"
      action={signInAction}
      labels={labels}
      submit={t("signInSubmit")}
      hidden={{ next }}
      initialValues={rememberedUsername ? { identifier: rememberedUsername } : undefined}
      actions={
        <Link href="/forgot-password" className="text-brand-800 underline">
          {t("forgotLink")}
        </Link>
      }
    >
      <TextField name="identifier" autoComplete="username" />
      <PasswordField name="password" autoComplete="current-password" />
      <CheckboxField name="rememberUsername" optional defaultChecked={Boolean(rememberedUsername)} />
    </ActionForm>
  );
}
