"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { registerAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/navigation";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import { ActionForm, CheckboxField, PasswordField, RadioGroup, SelectField, TextField } from "@/components/ui/form";

/** `next`: where the new learner returns after confirming and signing in (the open unit's quiz, say). */
export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [track, setTrack] = useState("public");
  const labels = {
    firstName: t("firstName"),
    lastName: t("lastName"),
    username: t("username"),
    email: t("email"),
    password: t("password"),
    track: t("profile"),
    professionalCategory: t("category"),
    ageConfirmed: t("ageConfirmLabel"),
    acceptPolicy: t("acceptPolicyLabel"),
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
      <RadioGroup
        name="track"
        defaultValue={track}
        onChange={setTrack}
        options={(["public", "professional"] as const).map((v) => ({ value: v, label: t(`track_${v}`) }))}
      />
      {track === "professional" ? (
        <SelectField
          name="professionalCategory"
          placeholder={t("categoryChoose")}
          options={PROFESSIONAL_CATEGORIES.map((c) => ({ value: c, label: t(`category_${c}`) }))}
        />
      ) : null}
      <CheckboxField name="ageConfirmed" label={t("ageConfirm")} />
      <CheckboxField
        name="acceptPolicy"
        label={t.rich("acceptPolicy", {
          site: (chunks) => (
            <Link className="underline" href="/policies/site">
              {chunks}
            </Link>
          ),
          privacy: (chunks) => (
            <Link className="underline" href="/policies/privacy">
              {chunks}
            </Link>
          ),
        })}
      />
    </ActionForm>
  );
}
