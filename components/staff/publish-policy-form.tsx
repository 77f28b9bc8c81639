"use client";

import { publishPolicyAction } from "@/lib/staff/actions";
import { ActionForm, CheckboxField } from "@/components/ui/form";

/** Publishing is final: a ticked confirmation, and the fingerprint of the text previewed (lib/policies/publish.ts). */
export function PublishPolicyForm({
  kind,
  fingerprint,
  text,
}: {
  kind: string;
  fingerprint: string;
  text: { confirm: string; publish: string };
}) {
  return (
    <ActionForm
      id="publish-policy"
      action={publishPolicyAction}
      labels={{ confirm: text.confirm }}
      submit={text.publish}
      hidden={{ kind, fingerprint }}
      requiredNotice={false}
      tone="danger"
    >
      <CheckboxField name="confirm" label={text.confirm} />
    </ActionForm>
  );
}
