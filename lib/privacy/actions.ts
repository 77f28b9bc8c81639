"use server";
// Privacy actions: account deletion (password + explicit confirmation + recent sign-in) and DPO requests.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DATA_REQUEST_KINDS } from "@/lib/privacy/request-vocabulary";
import { parseForm, type ActionResult } from "@/lib/action-result";
import { signOut } from "@/lib/auth/index";
import { cookies } from "next/headers";
import { REMEMBER_USERNAME_COOKIE } from "@/lib/auth/cookies";
import { consume } from "@/lib/auth/rate-limit";
import { verifyPasswordThrottled } from "@/lib/auth/sign-in";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { createDataRequest } from "./data-requests";
import { deleteAccount } from "./delete-account";

const locale = z.enum(["fr", "en"]).catch("fr");

const deleteSchema = z.object({
  locale,
  password: z.string({ error: "required" }).min(1, "required").max(1024),
  confirmDelete: z.literal("on", { error: "confirmRequired" }),
});

export async function deleteAccountAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(deleteSchema, form);
  if (!input.ok) return input;
  const current = await getCurrentSession();
  if (!current) redirect(`/${input.data.locale}/sign-in`);
  if (!isRecentlyAuthenticated(current.authenticatedAt)) redirect(`/${input.data.locale}/reauth?next=/${input.data.locale}/account/privacy`);
  const check = await verifyPasswordThrottled(current.user, input.data.password);
  if (check === "throttled") return { ok: false, formError: "rateLimited" };
  if (check === "wrong") return { ok: false, fieldErrors: { password: ["wrongPassword"] } };
  await deleteAccount(current.user, "self");
  (await cookies()).delete(REMEMBER_USERNAME_COOKIE);
  await signOut({ redirectTo: `/${input.data.locale}/account-deleted` });
  return { ok: true, data: undefined };
}

// PostgreSQL text cannot hold NUL: refused here rather than failing at the insert (the message is
// stored, and both it and the label are stored again in the outbox copies of the emails).
const withoutNul = (s: string) => !s.includes("\u0000");

const requestSchema = z.object({
  locale,
  kind: z.enum(DATA_REQUEST_KINDS, { error: "kindRequired" }),
  message: z.string({ error: "messageLength" }).trim().min(10, "messageLength").max(5000, "messageLength").refine(withoutNul, "invalidCharacter"),
  kindLabel: z.string().max(100).refine(withoutNul).optional().catch(undefined),
});

export async function dataRequestAction(_prev: unknown, form: FormData): Promise<ActionResult<"sent">> {
  const input = parseForm(requestSchema, form);
  if (!input.ok) return input;
  const current = await getCurrentSession();
  if (!current) redirect(`/${input.data.locale}/sign-in`);
  if ((await consume(`dpo:user:${current.user.id}`, 5, 24 * 3600_000)).limited) return { ok: false, formError: "rateLimited" };
  await createDataRequest(current.user, input.data.kind, input.data.message, input.data.kindLabel ?? input.data.kind);
  revalidatePath(`/${input.data.locale}/account/privacy`);
  return { ok: true, data: "sent" };
}
