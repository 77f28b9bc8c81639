"use server";
// Certificate issuance, through the one pipeline: recent sign-in, explicit irreversibility checkbox,
// retyped name, one transaction.
import { formAction } from "@/lib/actions/form-action";
import { issueCertificate } from "./issue";
import { issueCertificateSchema } from "./schemas";

const certificatePath = (locale: string) => `/${locale}/certificate`;

export const issueCertificateAction = formAction(
  {
    schema: issueCertificateSchema,
    access: "recent",
    returnTo: certificatePath,
    redirect: ({ locale }) => `${certificatePath(locale)}?issued=1`,
  },
  async ({ typedName }, { session }) => {
    const outcome = await issueCertificate(session.user.id, typedName);
    if (outcome.ok) return { ok: true, data: undefined };
    if (outcome.error === "notEligible") return { ok: false, formError: "notEligible" };
    if (outcome.error === "nameNotPrintable") return { ok: false, fieldErrors: { typedName: ["nameNotPrintable"] } };
    const { position, expected, typed } = outcome.mismatch;
    const key = !typed ? "nameMissingWord" : !expected ? "nameExtraWord" : "nameMismatch";
    return { ok: false, fieldErrors: { typedName: [key] }, errorParams: { [key]: { position, expected, typed } } };
  },
);
