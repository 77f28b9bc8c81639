"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { initialResult } from "@/lib/action-result";
import {
  changeEmailAction,
  changePasswordAction,
  rememberUsernameAction,
  updateProfileAction,
} from "@/lib/account/actions";
import { CheckboxField, FieldErrors, FormAlert, SubmitButton, TextField } from "@/components/ui/field";

import { PROFESSIONAL_CATEGORIES as CATEGORIES } from "@/lib/account/tracks";

interface ProfileProps {
  firstName: string;
  lastName: string;
  nameLocked: boolean;
  track: "public" | "professional";
  professionalCategory: string | null;
}

export function ProfileForm(props: ProfileProps) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const tf = useTranslations("formErrors");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [state, action, pending] = useActionState(updateProfileAction, initialResult);
  const [track, setTrack] = useState(props.track);
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.ok ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {!state.ok && state.formError ? <FormAlert>{tf(state.formError)}</FormAlert> : null}
      {props.nameLocked ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-3">
          {t("nameLocked", { name: `${props.firstName} ${props.lastName}` })}
        </p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="firstName"
            label={ta("firstName")}
            autoComplete="given-name"
            defaultValue={props.firstName}
            errors={errors?.firstName}
          />
          <TextField
            name="lastName"
            label={ta("lastName")}
            autoComplete="family-name"
            defaultValue={props.lastName}
            errors={errors?.lastName}
          />
        </div>
      )}
      <fieldset>
        <legend className="font-semibold text-brand-900">{ta("profile")}</legend>
        {(["public", "professional"] as const).map((v) => (
          <label key={v} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name="track"
              value={v}
              checked={track === v}
              onChange={() => setTrack(v)}
              className="h-5 w-5 accent-brand-800"
            />
            {ta(`track_${v}`)}
          </label>
        ))}
        <FieldErrors errors={errors?.track} t={tv} />
      </fieldset>
      {track === "professional" ? (
        <div>
          <label htmlFor="account-category" className="block font-semibold text-brand-900">
            {ta("category")}
          </label>
          <select
            id="account-category"
            name="professionalCategory"
            defaultValue={props.professionalCategory ?? ""}
            className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
          >
            <option value="">{ta("categoryChoose")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {ta(`category_${c}`)}
              </option>
            ))}
          </select>
          <FieldErrors errors={errors?.professionalCategory} t={tv} />
        </div>
      ) : null}
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(changePasswordAction, initialResult);
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.ok ? <FormAlert tone="success">{t("passwordChanged")}</FormAlert> : null}
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        errors={errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label={ta("newPassword")}
        autoComplete="new-password"
        hint={ta("passwordHint")}
        errors={errors?.newPassword}
      />
      <SubmitButton pending={pending}>{t("changePassword")}</SubmitButton>
    </form>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(changeEmailAction, initialResult);
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <p>{t("currentEmail", { email })}</p>
      {state.ok ? <FormAlert tone="success">{t("emailSent")}</FormAlert> : null}
      <TextField name="email" type="email" label={t("newEmail")} autoComplete="email" errors={errors?.email} />
      <TextField
        name="password"
        type="password"
        label={ta("password")}
        autoComplete="current-password"
        errors={errors?.password}
      />
      <SubmitButton pending={pending}>{t("changeEmail")}</SubmitButton>
    </form>
  );
}

export function RememberUsernameForm({ remember }: { remember: boolean }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(rememberUsernameAction, initialResult);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.ok ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <CheckboxField name="remember" label={ta("rememberUsername")} defaultChecked={remember} />
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}
