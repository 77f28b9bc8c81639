"use client";

import { useTranslations } from "next-intl";
import { publishPolicyAction } from "@/lib/staff/actions";
import { ActionForm, CheckboxField } from "@/components/ui/form";

/** Publishing is final: a ticked confirmation, and the fingerprint of the text previewed (lib/policies/publish.ts). */
export function PublishPolicyForm({
  kind,
  version,
  fingerprint,
}: {
  kind: string;
  version: string;
  fingerprint: string;
}) {
  const t = useTranslations("staffConsole");
  return (
    <ActionForm
      id="publish-policy"
      action={publishPolicyAction}
      labels={{ confirm: t("confirm") }}
      submit={t("publish", { version })}
      hidden={{ kind, fingerprint }}
      requiredNotice={false}
      tone="danger"
    >
      <CheckboxField name="confirm" label={t("confirm")} />
    </ActionForm>
  );
}
