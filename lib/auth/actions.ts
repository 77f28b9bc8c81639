"use server";
// Account form actions: parse → throttle/authorise → do → answer. Messages are keys, never raw errors.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { formValues, parseForm, type ActionResult } from "@/lib/action-result";
import { env } from "@/lib/env.mjs";
import { getClientIp } from "@/lib/net/request-ip";
import { confirmEmail, registerAccount, requestPasswordReset, resetPassword } from "./accounts";
import { signIn, signOut } from "./index";
import { consume, mayEmailRecipient } from "./rate-limit";
import { acceptCurrentPolicies } from "@/lib/policies/acceptance";
import { getCurrentSession } from "./session";
import { endCookieSession, markReauthenticated } from "./sessions";
import { authenticate, createSignInProof, verifyPasswordThrottled } from "./sign-in";
import { forgotPasswordSchema, reauthSchema, registerSchema, resetPasswordSchema, safeNextPath, signInSchema } from "./schemas";

import { REMEMBER_USERNAME_COOKIE } from "./cookies";

export async function registerAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(registerSchema, form);
  if (!input.ok) return input;
  if ((await consume(`register:ip:${await getClientIp()}`, 10, 15 * 60_000)).limited) return { ok: false, formError: "rateLimited", values: formValues(form) };
  const outcome = await registerAccount(input.data);
  if (!outcome.ok) return { ok: false, fieldErrors: { [outcome.field]: [outcome.error] }, values: formValues(form) };
  redirect(`/${input.data.locale}/sign-up/check-email`);
}

export async function signInAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(signInSchema, form);
  if (!input.ok) return input;
  const { locale, identifier, password, rememberUsername, next } = input.data;
  const result = await authenticate(identifier, password, await getClientIp());
  const values = { identifier, ...(next ? { next } : {}) };
  if (!result.ok) {
    if (result.reason === "throttled") return { ok: false, formError: "throttled", retryAfterSeconds: result.retryAfterSeconds, values };
    return { ok: false, formError: result.reason === "unconfirmed" ? "unconfirmed" : "invalidCredentials", values };
  }
  const jar = await cookies();
  if (rememberUsername) {
    jar.set(REMEMBER_USERNAME_COOKIE, result.user.username, { httpOnly: true, sameSite: "lax", secure: env.isProduction, maxAge: 365 * 24 * 3600, path: "/" });
    await db.update(users).set({ rememberUsername: true }).where(eq(users.id, result.user.id));
  } else if (result.user.rememberUsername || jar.has(REMEMBER_USERNAME_COOKIE)) {
    jar.delete(REMEMBER_USERNAME_COOKIE);
    await db.update(users).set({ rememberUsername: false }).where(eq(users.id, result.user.id));
  }
  await endCookieSession((name) => jar.get(name)?.value);
  try {
    await signIn("credentials", { proof: createSignInProof(result.sid), redirectTo: safeNextPath(next, locale) });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, formError: "invalidCredentials", values };
    throw error; // the redirect thrown by signIn on success
  }
  return { ok: true, data: undefined };
}

/** The server-side session ends in Auth.js's signOut event (lib/auth/config.ts), as on every sign-out path. */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = form.get("locale") === "en" ? "en" : "fr";
  await signOut({ redirectTo: `/${locale}` });
}

export async function forgotPasswordAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(forgotPasswordSchema, form);
  if (!input.ok) return input;
  if ((await consume(`reset:ip:${await getClientIp()}`, 10, 15 * 60_000)).limited) return { ok: false, formError: "rateLimited" };
  if (await mayEmailRecipient("reset", input.data.email)) await requestPasswordReset(input.data.email, input.data.locale);
  redirect(`/${input.data.locale}/forgot-password/sent`);
}

export async function resetPasswordAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(resetPasswordSchema, form);
  // The token travels in a hidden field the form cannot show errors for: a malformed one is an invalid link.
  if (!input.ok) return input.fieldErrors.token ? { ok: false, formError: "tokenInvalid" } : input;
  const result = await resetPassword(input.data.token, input.data.password);
  if (!result.ok) {
    return result.error === "tokenInvalid"
      ? { ok: false, formError: "tokenInvalid" }
      : { ok: false, fieldErrors: { password: [result.error] } };
  }
  redirect(`/${input.data.locale}/sign-in?reset=1`);
}

export async function reauthAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const input = parseForm(reauthSchema, form);
  if (!input.ok) return input;
  const current = await getCurrentSession();
  if (!current) redirect(`/${input.data.locale}/sign-in`);
  const check = await verifyPasswordThrottled(current.user, input.data.password);
  if (check === "throttled") return { ok: false, formError: "rateLimited" };
  if (check === "wrong") return { ok: false, fieldErrors: { password: ["wrongPassword"] } };
  await markReauthenticated(current.sessionId);
  redirect(safeNextPath(input.data.next, input.data.locale));
}

export async function acceptPolicyAction(form: FormData): Promise<void> {
  const locale = form.get("locale") === "en" ? "en" : "fr";
  const next = typeof form.get("next") === "string" ? String(form.get("next")) : undefined;
  const current = await getCurrentSession();
  if (!current) redirect(`/${locale}/sign-in`);
  if (form.get("accept") === "on") await acceptCurrentPolicies(current.user.id, ["site"]);
  redirect(safeNextPath(next, locale));
}

export async function confirmEmailAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const locale = form.get("locale") === "en" ? "en" : "fr";
  const token = String(form.get("token") ?? "");
  if (!/^[\w-]{20,100}$/.test(token) || !(await confirmEmail(token))) return { ok: false, formError: "tokenInvalid" };
  redirect(`/${locale}/sign-in?confirmed=1`);
}
