"use client";

import { useTranslations } from "next-intl";
import { completeOidcRegistrationAction } from "@/lib/auth/actions";
import { ActionForm, CheckboxField } from "@/components/ui/form";
import { AcceptPolicyField, registrationLabels, TrackFields } from "./registration-fields";

/**
 * What registration asks after FranceConnect or ProConnect: names and email come from the verified
 * identity, and so does the age when the provider sends a birth date (`askAge` otherwise, as sign-up does).
 */
export function OidcRegistrationForm({ askAge }: { askAge: boolean }) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="oidc-registration"
      action={completeOidcRegistrationAction}
      labels={registrationLabels(t, askAge ? { ageConfirmed: t("ageConfirmLabel") } : {})}
      submit={t("oidcRegisterSubmit")}
    >
      <TrackFields />
      {askAge ? <CheckboxField name="ageConfirmed" label={t("ageConfirm")} /> : null}
      <AcceptPolicyField />
    </ActionForm>
  );
}
