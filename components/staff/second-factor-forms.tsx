"use client";

import Link from "next/link";
import { enrolSecondFactorAction, verifySecondFactorAction } from "@/lib/auth/actions";
import { ActionForm, TextField } from "@/components/ui/form";

// The words come from the page (namespace "staffConsole"): only staff ever see these forms, so their
// messages are not sent to every learner page's client bundle (components/layout/client-messages.tsx).

const codeInput = { autoComplete: "one-time-code", spellCheck: false } as const;

export function VerifySecondFactorForm({
  next,
  text,
}: {
  next?: string;
  text: { code: string; codeHint: string; verifySubmit: string };
}) {
  return (
    <ActionForm
      id="second-factor"
      action={verifySecondFactorAction}
      labels={{ code: text.code }}
      submit={text.verifySubmit}
      hidden={{ next }}
      requiredNotice={false}
    >
      <TextField name="code" hint={text.codeHint} {...codeInput} />
    </ActionForm>
  );
}

/** After the first code, the ten recovery codes are shown here, once, with the way on. */
export function EnrolSecondFactorForm({
  next,
  text,
}: {
  next: string;
  text: { enrolCode: string; enrolSubmit: string; recoveryTitle: string; recoveryLead: string; continue: string };
}) {
  return (
    <ActionForm
      id="enrol-second-factor"
      action={enrolSecondFactorAction}
      labels={{ code: text.enrolCode }}
      submit={text.enrolSubmit}
      requiredNotice={false}
      doneOnSuccess
      success={({ recoveryCodes }) => (
        <div className="space-y-3">
          <h2 className="text-xl font-semibold">{text.recoveryTitle}</h2>
          <p>{text.recoveryLead}</p>
          <ol className="grid list-decimal gap-1 pl-8 font-mono sm:grid-cols-2" aria-label={text.recoveryTitle}>
            {recoveryCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
          <p>
            <Link className="font-semibold text-brand-800 underline" href={next}>
              {text.continue}
            </Link>
          </p>
        </div>
      )}
    >
      <TextField name="code" inputMode="numeric" {...codeInput} />
    </ActionForm>
  );
}
