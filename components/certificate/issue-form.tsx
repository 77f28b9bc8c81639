"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialResult } from "@/lib/action-result";
import { issueCertificateAction } from "@/lib/certificates/actions";
import { CheckboxField, FormAlert, SubmitButton, TextField } from "@/components/ui/field";

export function IssueCertificateForm({ printedName }: { printedName: string }) {
  const t = useTranslations("certificate");
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(issueCertificateAction, initialResult);
  const failed = !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {failed?.formError ? <FormAlert>{tf(failed.formError)}</FormAlert> : null}
      <CheckboxField name="understood" label={t("understood")} errors={failed?.fieldErrors?.understood} />
      <TextField
        name="typedName"
        label={t("retype", { name: printedName })}
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={failed?.values?.typedName}
        errors={failed?.fieldErrors?.typedName}
      />
      <SubmitButton pending={pending}>{t("confirmIssue")}</SubmitButton>
    </form>
  );
}
