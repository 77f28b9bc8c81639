"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { initialResult } from "@/lib/action-result";
import { registerAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/navigation";
import { CheckboxField, FieldErrors, FormAlert, SubmitButton, TextField } from "@/components/ui/field";

import { PROFESSIONAL_CATEGORIES as CATEGORIES } from "@/lib/account/tracks";

export function SignUpForm() {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(registerAction, initialResult);
  const errors = !state.ok ? state.fieldErrors : undefined;
  const values = !state.ok ? (state.values ?? {}) : {};
  const [track, setTrack] = useState(values.track ?? "public");
  return (
    <form action={action} noValidate className="space-y-5" key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      {errors ? <FormAlert>{t("fixErrors")}</FormAlert> : null}
      {!state.ok && state.formError ? <FormAlert>{tf(state.formError)}</FormAlert> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("firstName")}
          autoComplete="given-name"
          required
          defaultValue={values.firstName}
          errors={errors?.firstName}
          hint={t("nameHint")}
        />
        <TextField
          name="lastName"
          label={t("lastName")}
          autoComplete="family-name"
          required
          defaultValue={values.lastName}
          errors={errors?.lastName}
        />
      </div>
      <TextField
        name="username"
        label={t("username")}
        autoComplete="username"
        required
        defaultValue={values.username}
        errors={errors?.username}
        hint={t("usernameHint")}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={errors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        errors={errors?.password}
        hint={t("passwordHint")}
      />
      <fieldset>
        <legend className="font-semibold text-brand-900">{t("profile")}</legend>
        <div className="mt-2 space-y-2">
          {(["public", "professional"] as const).map((v) => (
            <label key={v} className="flex items-center gap-2">
              <input
                type="radio"
                name="track"
                value={v}
                checked={track === v}
                onChange={() => setTrack(v)}
                className="h-5 w-5 accent-brand-800"
              />
              {t(`track_${v}`)}
            </label>
          ))}
        </div>
        <FieldErrors errors={errors?.track} t={tv} />
      </fieldset>
      {track === "professional" ? (
        <div>
          <label htmlFor="professionalCategory" className="block font-semibold text-brand-900">
            {t("category")}
          </label>
          <select
            id="professionalCategory"
            name="professionalCategory"
            defaultValue={values.professionalCategory ?? ""}
            aria-invalid={errors?.professionalCategory ? true : undefined}
            aria-describedby={errors?.professionalCategory ? "category-error" : undefined}
            className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
          >
            <option value="">{t("categoryChoose")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="category-error" errors={errors?.professionalCategory} t={tv} />
        </div>
      ) : null}
      <CheckboxField
        name="ageConfirmed"
        label={t("ageConfirm")}
        errors={errors?.ageConfirmed}
        defaultChecked={values.ageConfirmed === "on"}
      />
      <CheckboxField
        name="acceptPolicy"
        errors={errors?.acceptPolicy}
        defaultChecked={values.acceptPolicy === "on"}
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
      <SubmitButton pending={pending}>{t("signUpSubmit")}</SubmitButton>
    </form>
  );
}
