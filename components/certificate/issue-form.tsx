"use client";

import { useTranslations } from "next-intl";
import { issueCertificateAction } from "@/lib/certificates/actions";
import { ActionForm, CheckboxField, TextField } from "@/components/ui/form";

export function IssueCertificateForm({ printedName }: { printedName: string }) {
  const t = useTranslations("certificate");
  return (
    <ActionForm
      id="issue-certificate"
      action={issueCertificateAction}
      labels={{ understood: t("understoodLabel"), typedName: t("retypeLabel") }}
      submit={t("confirmIssue")}
    >
      <CheckboxField name="understood" label={t("understood")} />
      <TextField name="typedName" label={t("retype", { name: printedName })} autoComplete="off" spellCheck={false} />
    </ActionForm>
  );
}
