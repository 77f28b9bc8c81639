"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialResult, type ActionResult } from "@/lib/action-result";
import { FormAlert, SubmitButton } from "./field";

/** A one-button form that redeems an emailed link's token (a POST, so link scanners cannot use it up). */
export function TokenForm({
  token,
  action,
  label,
}: {
  token: string;
  action: (prev: unknown, form: FormData) => Promise<ActionResult>;
  label: string;
}) {
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialResult);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {!state.ok && state.formError ? <FormAlert>{tf(state.formError)}</FormAlert> : null}
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}
