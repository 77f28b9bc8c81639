"use client";

import { useTranslations } from "next-intl";
import { dataRequestAction, deleteAccountAction } from "@/lib/privacy/actions";
import { DATA_REQUEST_KINDS } from "@/lib/privacy/request-vocabulary";
import { ActionForm, CheckboxField, PasswordField, SelectField, TextareaField } from "@/components/ui/form";

export function DataRequestForm() {
  const t = useTranslations("privacy");
  return (
    <ActionForm
      id="dpo-request"
      action={dataRequestAction}
      labels={{ kind: t("kind"), message: t("message") }}
      submit={t("sendRequest")}
      success={t("requestSent")}
      className="space-y-4"
    >
      <SelectField
        name="kind"
        placeholder={t("kindChoose")}
        options={DATA_REQUEST_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
      />
      <TextareaField name="message" rows={5} maxLength={5000} hint={t("messageHint")} />
    </ActionForm>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("privacy");
  const ta = useTranslations("auth");
  return (
    <ActionForm
      id="delete-account"
      action={deleteAccountAction}
      labels={{ password: ta("currentPassword"), confirmDelete: t("confirmDeleteLabel") }}
      submit={t("deleteSubmit")}
      tone="danger"
      className="space-y-4"
    >
      <PasswordField name="password" autoComplete="current-password" />
      <CheckboxField name="confirmDelete" label={t("confirmDelete")} />
    </ActionForm>
  );
}
