"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import { CheckboxField, RadioGroup, SelectField } from "@/components/ui/form";

type AuthTranslator = ReturnType<typeof useTranslations<"auth">>;

/**
 * The error summary's names of the fields every registration asks, password or identity provider, in
 * the form's order (the summary's): `beforePolicy` names fields placed between the track and the policy.
 */
export const registrationLabels = (t: AuthTranslator, beforePolicy: Record<string, string> = {}) => ({
  track: t("profile"),
  professionalCategory: t("category"),
  ...beforePolicy,
  acceptPolicy: t("acceptPolicyLabel"),
});

/** The track, and the professional category when the track is professional. */
export function TrackFields() {
  const t = useTranslations("auth");
  const [track, setTrack] = useState("public");
  return (
    <>
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
    </>
  );
}

export function AcceptPolicyField() {
  const t = useTranslations("auth");
  return (
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
  );
}
