"use client";

import { useTranslations } from "next-intl";
import { completeOidcRegistrationAction } from "@/lib/auth/actions";
import { ActionForm } from "@/components/ui/form";
import { AcceptPolicyField, registrationLabels, TrackFields } from "./registration-fields";

/** What registration asks after FranceConnect: names, email and age come from the verified identity. */
export function OidcRegistrationForm() {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="oidc-registration"
      action={completeOidcRegistrationAction}
      labels={registrationLabels(t)}
      submit={t("oidcRegisterSubmit")}
    >
      <TrackFields />
      <AcceptPolicyField />
    </ActionForm>
  );
}
