"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import {
  changeEmailAction,
  changePasswordAction,
  rememberUsernameAction,
  updateProfileAction,
} from "@/lib/account/actions";
import { trackChangeKey } from "@/lib/account/track-change";
import { PROFESSIONAL_CATEGORIES, TRACKS, type ProfessionalCategory, type Track } from "@/lib/account/tracks";
import { ActionForm, CheckboxField, PasswordField, RadioGroup, SelectField, TextField } from "@/components/ui/form";
import { useFormContext } from "@/components/ui/form/form-context";

interface ProfileProps {
  firstName: string;
  lastName: string;
  nameLocked: boolean;
  /** The provider that verified the names ("FranceConnect"): they are then shown read-only. */
  namesVerifiedBy: string | null;
  track: Track;
  professionalCategory: string | null;
  /**
   * What switching to each other track changes (components/account/track-change-note.tsx), shown before
   * confirming; keyed by trackChangeKey (going professional: one per category, on that category's path).
   */
  trackChanges: Partial<Record<string, ReactNode>>;
}

export function ProfileForm(props: ProfileProps) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const labels = {
    ...(props.nameLocked || props.namesVerifiedBy ? {} : { firstName: ta("firstName"), lastName: ta("lastName") }),
    track: ta("profile"),
    professionalCategory: ta("category"),
    confirmTrack: t("confirmTrackLabel"),
  };
  return (
    <ActionForm
      id="profile-form"
      action={updateProfileAction}
      labels={labels}
      submit={t("save")}
      success={(data) => (data === "trackChanged" ? t("trackChanged") : t("saved"))}
      className="space-y-4"
      initialValues={{
        firstName: props.firstName,
        lastName: props.lastName,
        professionalCategory: props.professionalCategory ?? "",
      }}
    >
      {props.namesVerifiedBy ? (
        <VerifiedNames {...props} provider={props.namesVerifiedBy} />
      ) : props.nameLocked ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-3">
          {t("nameLocked", { name: `${props.firstName} ${props.lastName}` })}
        </p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="firstName" autoComplete="given-name" />
          <TextField name="lastName" autoComplete="family-name" />
        </div>
      )}
      <TrackFields saved={props.track} changes={props.trackChanges} />
    </ActionForm>
  );
}

/** Names a provider vouched for: shown, never editable here (the action refuses a change too). */
function VerifiedNames(props: Pick<ProfileProps, "firstName" | "lastName" | "nameLocked"> & { provider: string }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <div className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4" data-verified-names>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{ta("firstName")}</dt>
        <dd>{props.firstName}</dd>
        <dt className="font-semibold">{ta("lastName")}</dt>
        <dd>{props.lastName}</dd>
      </dl>
      <p className="font-semibold text-brand-900">
        <span aria-hidden="true">✓ </span>
        {t("namesVerified", { provider: props.provider })}
      </p>
      <p>{t("namesVerifiedNote", { provider: props.provider })}</p>
      <p>
        {props.nameLocked
          ? t("namesVerifiedRectify", { provider: props.provider })
          : t("namesVerifiedSpelling", { provider: props.provider })}
      </p>
    </div>
  );
}

/**
 * The track choice. Choosing another track shows what the switch changes and a confirmation box, which
 * the action requires; without JavaScript the first submit comes back refused with both (the track
 * chosen is read from what was sent).
 */
function TrackFields({ saved, changes }: { saved: Track; changes: ProfileProps["trackChanges"] }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const form = useFormContext();
  const [track, setTrack] = useState<string>(form.values.track ?? saved);
  const [category, setCategory] = useState<string>(form.values.professionalCategory ?? "");
  const chosenCategory = (PROFESSIONAL_CATEGORIES as readonly string[]).includes(category)
    ? (category as ProfessionalCategory)
    : null;
  const change =
    track !== saved
      ? (changes[trackChangeKey({ to: track as Track, category: chosenCategory })] ?? changes[track])
      : undefined;
  return (
    <>
      <RadioGroup
        name="track"
        defaultValue={saved}
        onChange={setTrack}
        options={TRACKS.map((v) => ({ value: v, label: ta(`track_${v}`) }))}
      />
      {track === "professional" ? (
        // Keyed by the value sent: React does not update a mounted <select>'s default, so the reset that
        // follows a refused submit would otherwise put back "Choose…" instead of what was chosen.
        <SelectField
          key={form.values.professionalCategory ?? ""}
          name="professionalCategory"
          onChange={(event) => setCategory(event.target.value)}
          placeholder={ta("categoryChoose")}
          options={PROFESSIONAL_CATEGORIES.map((c) => ({ value: c, label: ta(`category_${c}`) }))}
        />
      ) : null}
      {change ? (
        <div className="space-y-3 rounded border border-brand-100 bg-brand-50 p-4">
          {change}
          <CheckboxField name="confirmTrack" label={t("confirmTrack")} />
        </div>
      ) : null}
    </>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <ActionForm
      id="change-password"
      action={changePasswordAction}
      labels={{ currentPassword: ta("currentPassword"), newPassword: ta("newPassword") }}
      submit={t("changePassword")}
      success={t("passwordChanged")}
      className="space-y-4"
    >
      <PasswordField name="currentPassword" autoComplete="current-password" />
      <PasswordField name="newPassword" autoComplete="new-password" hint={ta("passwordHint")} />
    </ActionForm>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <>
      <p>{t("currentEmail", { email })}</p>
      <ActionForm
        id="change-email"
        action={changeEmailAction}
        labels={{ email: t("newEmail"), password: ta("currentPassword") }}
        submit={t("changeEmail")}
        success={t("emailSent")}
        className="mt-4 space-y-4"
      >
        <TextField name="email" type="email" autoComplete="email" />
        <PasswordField name="password" autoComplete="current-password" />
      </ActionForm>
    </>
  );
}

export function RememberUsernameForm({ remember }: { remember: boolean }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <ActionForm
      id="remember-username"
      action={rememberUsernameAction}
      labels={{ remember: ta("rememberUsername") }}
      submit={t("save")}
      success={t("saved")}
      requiredNotice={false}
      className="space-y-4"
    >
      <CheckboxField name="remember" optional defaultChecked={remember} />
    </ActionForm>
  );
}
