"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialResult } from "@/lib/action-result";
import { forgotPasswordAction, reauthAction, resetPasswordAction } from "@/lib/auth/actions";
import { FormAlert, SubmitButton, TextField } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const tf = useTranslations("formErrors");
  const [state, action, pending] = useActionState(forgotPasswordAction, initialResult);
  const failed = !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {failed?.formError ? <FormAlert>{tf(failed.formError)}</FormAlert> : null}
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={failed?.fieldErrors?.email}
      />
      <SubmitButton pending={pending}>{t("forgotSubmit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(resetPasswordAction, initialResult);
  const failed = !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {failed?.formError ? <FormAlert>{tf(failed.formError)}</FormAlert> : null}
      <TextField
        name="password"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        required
        errors={failed?.fieldErrors?.password}
        hint={t("passwordHint")}
      />
      <SubmitButton pending={pending}>{t("resetSubmit")}</SubmitButton>
    </form>
  );
}

export function ReauthForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const tf = useTranslations("formErrors");
  const [state, action, pending] = useActionState(reauthAction, initialResult);
  const failed = !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {failed?.formError ? <FormAlert>{tf(failed.formError)}</FormAlert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.password}
      />
      <SubmitButton pending={pending}>{t("reauthSubmit")}</SubmitButton>
    </form>
  );
}
