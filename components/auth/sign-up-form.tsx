"use client";

import { useTranslations } from "next-intl";
import { registerAction } from "@/lib/auth/actions";
import { ActionForm, CheckboxField, PasswordField, TextField } from "@/components/ui/form";
import { AcceptPolicyField, registrationLabels, TrackFields } from "./registration-fields";

/** `next`: where the new learner returns after confirming and signing in (the open unit's quiz, say). */
export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const labels = {
    firstName: t("firstName"),
    lastName: t("lastName"),
    username: t("username"),
    email: t("email"),
    password: t("password"),
    ...registrationLabels(t, { ageConfirmed: t("ageConfirmLabel") }),
  };
  return (
    <ActionForm id="sign-up" action={registerAction} labels={labels} submit={t("signUpSubmit")} hidden={{ next }}>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="firstName" autoComplete="given-name" hint={t("nameHint")} />
        <TextField name="lastName" autoComplete="family-name" />
      </div>
      <TextField name="username" autoComplete="username" hint={t("usernameHint")} />
      <TextField name="email" type="email" autoComplete="email" />
      <PasswordField name="password" autoComplete="new-password" hint={t("passwordHint")} />
      <TrackFields />
      <CheckboxField name="ageConfirmed" label={t("ageConfirm")} />
      <AcceptPolicyField />
    </ActionForm>
  );
}
