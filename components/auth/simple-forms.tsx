"use client";

import { useTranslations } from "next-intl";
import { forgotPasswordAction, reauthAction, resetPasswordAction } from "@/lib/auth/actions";
import { ActionForm, PasswordField, TextField } from "@/components/ui/form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="forgot-password"
      action={forgotPasswordAction}
      labels={{ email: t("email") }}
      submit={t("forgotSubmit")}
    >
      <TextField name="email" type="email" autoComplete="email" />
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="reset-password"
      action={resetPasswordAction}
      labels={{ password: t("newPassword") }}
      submit={t("resetSubmit")}
      hidden={{ token }}
    >
      <PasswordField name="password" autoComplete="new-password" hint={t("passwordHint")} />
    </ActionForm>
  );
}

export function ReauthForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="reauth"
      action={reauthAction}
      labels={{ password: t("currentPassword") }}
      submit={t("reauthSubmit")}
      hidden={{ next }}
    >
      <PasswordField name="password" autoComplete="current-password" />
    </ActionForm>
  );
}
