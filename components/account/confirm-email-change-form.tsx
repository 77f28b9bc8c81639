"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialResult } from "@/lib/action-result";
import { confirmEmailChangeAction } from "@/lib/account/actions";
import { FormAlert, SubmitButton } from "@/components/ui/field";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(confirmEmailChangeAction, initialResult);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {!state.ok && state.formError ? <FormAlert>{tf(state.formError)}</FormAlert> : null}
      <SubmitButton pending={pending}>{t("confirmEmailSubmit")}</SubmitButton>
    </form>
  );
}
