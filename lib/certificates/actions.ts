"use server";
// Certificate issuance: recent sign-in, explicit irreversibility checkbox, retyped name, one transaction.
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseForm, type ActionResult } from "@/lib/action-result";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { issueCertificate } from "./issue";

const issueSchema = z.object({
  locale: z.enum(["fr", "en"]).catch("fr"),
  understood: z.literal("on", { error: "confirmRequired" }),
  typedName: z.string({ error: "required" }).trim().min(1, "required").max(200, "nameMismatch"),
});

export async function issueCertificateAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(issueSchema, form);
  if (!input.ok) return input;
  const { locale, typedName } = input.data;
  const current = await getCurrentSession();
  if (!current) redirect(`/${locale}/sign-in?next=/${locale}/certificate`);
  if (!current.acceptedSitePolicy) redirect(`/${locale}/accept-policy`);
  if (!isRecentlyAuthenticated(current.authenticatedAt)) redirect(`/${locale}/reauth?next=/${locale}/certificate`);
  const outcome = await issueCertificate(current.user.id, typedName);
  if (!outcome.ok) {
    return outcome.error === "notEligible"
      ? { ok: false, formError: "notEligible" }
      : { ok: false, fieldErrors: { typedName: [outcome.error] }, values: { typedName } };
  }
  redirect(`/${locale}/certificate?issued=1`);
}
