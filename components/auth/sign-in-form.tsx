"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialResult } from "@/lib/action-result";
import { signInAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/navigation";
import { CheckboxField, FormAlert, SubmitButton, TextField } from "@/components/ui/field";

export function SignInForm({ next, rememberedUsername }: { next?: string; rememberedUsername?: string }) {
  const t = useTranslations("auth");
  const tf = useTranslations("formErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(signInAction, initialResult);
  const failed = !state.ok ? state : null;
  const identifier = failed?.values?.identifier ?? rememberedUsername ?? "";
  return (
    <form action={action} noValidate className="space-y-5" key={identifier}>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {failed?.formError ? (
        <FormAlert>
          {failed.formError === "throttled"
            ? tf("throttled", { minutes: Math.ceil((failed.retryAfterSeconds ?? 60) / 60) })
            : tf(failed.formError)}
        </FormAlert>
      ) : null}
      <TextField
        name="identifier"
        label={t("identifier")}
        autoComplete="username"
        required
        defaultValue={identifier}
        errors={failed?.fieldErrors?.identifier}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.password}
      />
      <CheckboxField
        name="rememberUsername"
        label={t("rememberUsername")}
        defaultChecked={Boolean(rememberedUsername)}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending}>{t("signInSubmit")}</SubmitButton>
        <Link href="/forgot-password" className="text-brand-800 underline">
          {t("forgotLink")}
        </Link>
      </div>
    </form>
  );
}
