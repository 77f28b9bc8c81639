"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { initialResult } from "@/lib/action-result";
import { dataRequestAction, deleteAccountAction } from "@/lib/privacy/actions";
import { CheckboxField, FieldErrors, FormAlert, SubmitButton, TextField } from "@/components/ui/field";

const KINDS = ["access", "rectification", "erasure", "restriction", "objection", "other"] as const;

export function DataRequestForm() {
  const t = useTranslations("privacy");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const tf = useTranslations("formErrors");
  const [state, action, pending] = useActionState(dataRequestAction, initialResult);
  const kindRef = useRef<HTMLSelectElement>(null);
  const failed = !state.ok ? state : null;
  return (
    <form
      action={action}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        const label = e.currentTarget.elements.namedItem("kindLabel") as HTMLInputElement | null;
        const select = kindRef.current;
        if (label && select) label.value = select.options[select.selectedIndex]?.text ?? "";
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kindLabel" value="" />
      {state.ok ? <FormAlert tone="success">{t("requestSent")}</FormAlert> : null}
      {failed?.formError ? <FormAlert>{tf(failed.formError)}</FormAlert> : null}
      <div>
        <label htmlFor="dpo-kind" className="block font-semibold text-brand-900">
          {t("kind")}
        </label>
        <select
          ref={kindRef}
          id="dpo-kind"
          name="kind"
          defaultValue={failed?.values?.kind ?? ""}
          aria-describedby={failed?.fieldErrors?.kind ? "dpo-kind-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
        >
          <option value="">{t("kindChoose")}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="dpo-kind-error" errors={failed?.fieldErrors?.kind} t={tv} />
      </div>
      <div>
        <label htmlFor="dpo-message" className="block font-semibold text-brand-900">
          {t("message")}
        </label>
        <textarea
          id="dpo-message"
          name="message"
          rows={5}
          defaultValue={failed?.values?.message}
          aria-describedby={failed?.fieldErrors?.message ? "dpo-message-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
        />
        <FieldErrors id="dpo-message-error" errors={failed?.fieldErrors?.message} t={tv} />
      </div>
      <SubmitButton pending={pending}>{t("sendRequest")}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("privacy");
  const ta = useTranslations("auth");
  const locale = useLocale();
  const tf = useTranslations("formErrors");
  const [state, action, pending] = useActionState(deleteAccountAction, initialResult);
  const errors = !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {!state.ok && state.formError ? <FormAlert>{tf(state.formError)}</FormAlert> : null}
      <TextField
        name="password"
        type="password"
        label={ta("password")}
        autoComplete="current-password"
        errors={errors?.password}
      />
      <CheckboxField name="confirmDelete" label={t("confirmDelete")} errors={errors?.confirmDelete} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-red-900"
      >
        {t("deleteSubmit")}
      </button>
    </form>
  );
}
