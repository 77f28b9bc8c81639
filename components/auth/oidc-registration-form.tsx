"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { completeOidcRegistrationAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/navigation";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import { ActionForm, CheckboxField, RadioGroup, SelectField } from "@/components/ui/form";

/** What registration asks after FranceConnect: names, email and age come from the verified identity. */
export function OidcRegistrationForm() {
  const t = useTranslations("auth");
  const [track, setTrack] = useState("public");
  const labels = { track: t("profile"), professionalCategory: t("category"), acceptPolicy: t("acceptPolicyLabel") };
  return (
    <ActionForm
      id="oidc-registration"
      action={completeOidcRegistrationAction}
      labels={labels}
      submit={t("oidcRegisterSubmit")}
    >
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
