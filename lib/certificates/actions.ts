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
    return outcome.error === "notEligible"
      ? { ok: false, formError: "notEligible" }
      : { ok: false, fieldErrors: { typedName: [outcome.error] }, values: { typedName } };
  },
);
