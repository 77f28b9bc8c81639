"use server";
// Profile form actions: every one checks the session itself; email and password changes need a recent sign-in.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseForm, type ActionResult } from "@/lib/action-result";
import { REMEMBER_USERNAME_COOKIE } from "@/lib/auth/cookies";
import { changeEmailSchema, changePasswordSchema, profileSchema } from "@/lib/auth/schemas";
import { getCurrentSession } from "@/lib/auth/session";
import { isRecentlyAuthenticated } from "@/lib/auth/sessions";
import { env } from "@/lib/env.mjs";
import { changePassword, confirmEmailChange, requestEmailChange, setRememberUsername, updateProfile } from "./profile";

async function sessionOrSignIn(locale: string) {
  const current = await getCurrentSession();
  if (!current) redirect(`/${locale}/sign-in?next=/${locale}/account`);
  return current;
}

function localeOf(form: FormData): "fr" | "en" {
  return form.get("locale") === "en" ? "en" : "fr";
}

export async function updateProfileAction(_prev: unknown, form: FormData): Promise<ActionResult<"saved">> {
  const input = parseForm(profileSchema, form);
  if (!input.ok) return input;
  const current = await sessionOrSignIn(input.data.locale);
  const outcome = await updateProfile(current.user, input.data);
  if (!outcome.ok) return { ok: false, formError: outcome.error };
  revalidatePath(`/${input.data.locale}/account`);
  return { ok: true, data: "saved" };
}

export async function changePasswordAction(_prev: unknown, form: FormData): Promise<ActionResult<"saved">> {
  const input = parseForm(changePasswordSchema, form);
  if (!input.ok) return input;
  const current = await sessionOrSignIn(input.data.locale);
  if (!isRecentlyAuthenticated(current.authenticatedAt)) redirect(`/${input.data.locale}/reauth?next=/${input.data.locale}/account`);
  const outcome = await changePassword(current.user, current.sessionId, input.data.currentPassword, input.data.newPassword);
  if (!outcome.ok) return { ok: false, fieldErrors: { [outcome.field]: [outcome.error] } };
  return { ok: true, data: "saved" };
}

export async function changeEmailAction(_prev: unknown, form: FormData): Promise<ActionResult<"sent">> {
  const input = parseForm(changeEmailSchema, form);
  if (!input.ok) return input;
  const current = await sessionOrSignIn(input.data.locale);
  if (!isRecentlyAuthenticated(current.authenticatedAt)) redirect(`/${input.data.locale}/reauth?next=/${input.data.locale}/account`);
  const outcome = await requestEmailChange(current.user, input.data.password, input.data.email);
  if (!outcome.ok) return { ok: false, fieldErrors: { [outcome.field]: [outcome.error] } };
  return { ok: true, data: "sent" };
}

export async function confirmEmailChangeAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const locale = localeOf(form);
  const token = String(form.get("token") ?? "");
  const current = await getCurrentSession();
  if (!/^[\w-]{20,100}$/.test(token) || !(await confirmEmailChange(token, current?.sessionId))) return { ok: false, formError: "tokenInvalid" };
  redirect(`/${locale}/account?emailChanged=1`);
}

const rememberSchema = z.object({ locale: z.enum(["fr", "en"]).catch("fr"), remember: z.literal("on").optional().catch(undefined) });

export async function rememberUsernameAction(_prev: unknown, form: FormData): Promise<ActionResult<"saved">> {
  const input = parseForm(rememberSchema, form);
  if (!input.ok) return input;
  const current = await sessionOrSignIn(input.data.locale);
  const remember = input.data.remember === "on";
  await setRememberUsername(current.user.id, remember);
  const jar = await cookies();
  if (remember) {
    jar.set(REMEMBER_USERNAME_COOKIE, current.user.username, { httpOnly: true, sameSite: "lax", secure: env.isProduction, maxAge: 365 * 24 * 3600, path: "/" });
  } else {
    jar.delete(REMEMBER_USERNAME_COOKIE);
  }
  return { ok: true, data: "saved" };
}
