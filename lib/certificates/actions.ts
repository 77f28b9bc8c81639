"use server";
// Certificate issuance, through the one pipeline: recent sign-in, explicit irreversibility checkbox,
// retyped name, one transaction.
import type { ActionResult } from "@/lib/action-result";
import { formAction } from "@/lib/actions/form-action";
import { issueCertificate, printedName } from "./issue";
import { compareNames, type NameComparison } from "./name-comparison";
import { issueCertificateSchema } from "./schemas";

const certificatePath = (locale: string) => `/${locale}/certificate`;

export const issueCertificateAction = formAction(
  {
    schema: issueCertificateSchema,
    access: "recent",
    returnTo: certificatePath,
    redirect: ({ locale }) => `${certificatePath(locale)}?issued=1`,
    // The retyped name is compared even when the box is not ticked: both errors come in one answer.
    invalid: (refusal, { session }) => {
      const typed = refusal.values.typedName;
      if (!typed || refusal.fieldErrors.typedName) return refusal;
      const comparison = compareNames(typed, printedName(session.user));
      if (comparison.same) return refusal;
      const mismatch = mismatchError(comparison);
      return {
        ...refusal,
        fieldErrors: { ...refusal.fieldErrors, ...mismatch.fieldErrors },
        errorParams: mismatch.errorParams,
      };
    },
  },
  async ({ typedName }, { session }) => {
    const outcome = await issueCertificate(session.user.id, typedName);
    if (outcome.ok) return { ok: true, data: undefined };
    if (outcome.error === "notEligible") return { ok: false, formError: "notEligible" };
    if (outcome.error === "nameNotPrintable") return { ok: false, fieldErrors: { typedName: ["nameNotPrintable"] } };
    return mismatchError(outcome.mismatch);
  },
);

/** Where the retyped name parts from the printed one, as the field's message says it. */
function mismatchError({ position, expected, typed }: Extract<NameComparison, { same: false }>) {
  const key = !typed ? "nameMissingWord" : !expected ? "nameExtraWord" : "nameMismatch";
  return {
    ok: false,
    fieldErrors: { typedName: [key] },
    errorParams: { [key]: { position, expected, typed } },
  } satisfies ActionResult<never>;
}
