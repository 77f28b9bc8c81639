"use client";

import { useTranslations } from "next-intl";
import { enrolSecondFactorAction, verifySecondFactorAction } from "@/lib/auth/actions";
import { ActionForm, TextField } from "@/components/ui/form";
import Link from "next/link";

const codeInput = { autoComplete: "one-time-code", spellCheck: false } as const;

export function VerifySecondFactorForm({ next }: { next?: string }) {
  const t = useTranslations("staffConsole");
  return (
    <ActionForm
      id="second-factor"
      action={verifySecondFactorAction}
      labels={{ code: t("code") }}
      submit={t("verifySubmit")}
      hidden={{ next }}
      requiredNotice={false}
    >
      <TextField name="code" hint={t("codeHint")} {...codeInput} />
    </ActionForm>
  );
}

/** After the first code, the ten recovery codes are shown here, once, with the way on. */
export function EnrolSecondFactorForm({ next }: { next: string }) {
  const t = useTranslations("staffConsole");
  return (
    <ActionForm
      id="enrol-second-factor"
      action={enrolSecondFactorAction}
      labels={{ code: t("enrolCode") }}
      submit={t("enrolSubmit")}
      requiredNotice={false}
      success={({ recoveryCodes }) => (
        <div className="space-y-3">
          <h2 className="text-xl font-semibold">{t("recoveryTitle")}</h2>
          <p>{t("recoveryLead")}</p>
          <ol className="grid list-decimal gap-1 pl-8 font-mono sm:grid-cols-2" aria-label={t("recoveryTitle")}>
            {recoveryCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
          <p>
            <Link className="font-semibold text-brand-800 underline" href={next}>
              {t("continue")}
            </Link>
          </p>
        </div>
      )}
    >
      <TextField name="code" inputMode="numeric" {...codeInput} />
    </ActionForm>
  );
}
