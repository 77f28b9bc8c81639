"use client";

import { useTranslations } from "next-intl";
import { acceptPolicyAction } from "@/lib/auth/actions";
import { ActionForm, CheckboxField } from "@/components/ui/form";

export function AcceptPolicyForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      id="accept-policy"
      action={acceptPolicyAction}
      labels={{ accept: t("acceptPolicyLabel") }}
      submit={t("continue")}
      hidden={{ next }}
      requiredNotice={false}
      className="mt-6 space-y-4"
    >
      <CheckboxField name="accept" label={t("acceptNewPolicy")} />
    </ActionForm>
  );
}
