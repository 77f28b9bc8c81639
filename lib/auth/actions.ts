"use server";
// Account form actions, each through the one pipeline (lib/actions/form-action.ts). Messages are keys, never raw errors.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues } from "@/lib/action-result";
import { formAction } from "@/lib/actions/form-action";
import { getClientIp } from "@/lib/net/request-ip";
import { now } from "@/lib/clock";
import { acceptCurrentPolicies } from "@/lib/policies/acceptance";
import { OPEN_UNIT, returnsToOpenUnit } from "@/lib/progress/open-unit";
import { recordUnitViewed } from "@/lib/progress/queries";
import { confirmEmail, registerAccount, requestPasswordReset, resetPassword } from "./accounts";
import { refreshSessionCookie, signIn, signOut } from "./index";
import { clearPendingIdentity, readPendingIdentity } from "./oidc/pending-cookie";
import { startProviderLogout } from "./oidc/logout";
import { inOidcStep, newOidcStep } from "./oidc/provider-fetch";
import { isOidcProviderConfigured } from "./oidc/providers";
import { needsAgeDeclaration } from "./oidc/identity";
import { registerFromIdentity } from "./oidc/register";
import { consume, mayEmailRecipient } from "./rate-limit";
import { secondFactorPath } from "./paths";
import { applyRememberUsername } from "./remember-username";
import { endCookieSession, extendSession, getSessionOidc, markReauthenticated } from "./sessions";
import { authenticate, createSignInProof, verifyPasswordThrottled } from "./sign-in";
import {
  acceptPolicySchema,
  emailTokenSchema,
  forgotPasswordSchema,
  oidcRegistrationSchema,
  oidcSignInSchema,
  reauthSchema,
  registerSchema,
  resetPasswordSchema,
  safeNextPath,
  secondFactorSchema,
  signInSchema,
} from "./schemas";
import { confirmEnrolment, verifySecondFactor } from "./second-factor";

const tokenInvalid = () => ({ ok: false as const, formError: "tokenInvalid" });

export const registerAction = formAction(
  { schema: registerSchema, access: "public", redirect: ({ locale }) => `/${locale}/sign-up/check-email` },
  async (input, { form }) => {
    if ((await consume(`register:ip:${await getClientIp()}`, 10, 15 * 60_000)).limited)
      return { ok: false, formError: "rateLimited", values: formValues(form) };
    const outcome = await registerAccount(input);
    if (!outcome.ok) return { ok: false, fieldErrors: { [outcome.field]: [outcome.error] }, values: formValues(form) };
    return { ok: true, data: undefined };
  },
);

export const signInAction = formAction(
  { schema: signInSchema, access: "public" },
  async ({ locale, identifier, password, rememberUsername, next }) => {
    const result = await authenticate(identifier, password, await getClientIp());
    const values = { identifier, ...(next ? { next } : {}) };
    if (!result.ok) {
      if (result.reason === "throttled")
        return { ok: false, formError: "throttled", retryAfterSeconds: result.retryAfterSeconds, values };
      return { ok: false, formError: result.reason === "unconfirmed" ? "unconfirmed" : "invalidCredentials", values };
    }
    await applyRememberUsername(result.user, rememberUsername === "on");
    // Back to the open unit (or its quiz) a visitor studied: the lesson counts as opened from now on.
    if (returnsToOpenUnit(safeNextPath(next, locale))) await recordUnitViewed(result.user.id, OPEN_UNIT.id, now());
    const jar = await cookies();
    await endCookieSession((name) => jar.get(name)?.value);
    try {
      // Staff type their authenticator's code next (learners are never asked).
      const target = safeNextPath(next, locale);
      const redirectTo = result.user.role === "staff" ? secondFactorPath(locale, target) : target;
      await signIn("credentials", { proof: createSignInProof(result.sid), redirectTo });
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, formError: "invalidCredentials", values };
      throw error; // the redirect thrown by signIn on success
    }
    return { ok: true, data: undefined };
  },
);

/** Off to FranceConnect / ProConnect (Auth.js sets the state, PKCE and nonce cookies and redirects). */
export const oidcSignInAction = formAction(
  { schema: oidcSignInSchema, access: "public" },
  async ({ provider, next, locale }) => {
    if (!isOidcProviderConfigured(provider)) return { ok: false, formError: "oidcUnavailable" };
    // Auth.js fetches the provider's discovery document here: down or slow, the button says so.
    const step = newOidcStep();
    try {
      await inOidcStep(step, () => signIn(provider, { redirectTo: safeNextPath(next, locale) }));
    } catch (error) {
      if (step.unreachable) return { ok: false, formError: "oidcUnavailable" };
      throw error; // the redirect to the provider
    }
    return { ok: true, data: undefined };
  },
);

/** The account of a verified identity, from the "complete your registration" step; then signed in. */
export const completeOidcRegistrationAction = formAction(
  {
    schema: oidcRegistrationSchema,
    access: "public",
    // The age box, asked only without a birth date, joins the form's other errors at once.
    invalid: async (refusal, { form }) => {
      const identity = await readPendingIdentity();
      if (!identity || !needsAgeDeclaration(identity) || form.get("ageConfirmed") === "on") return refusal;
      return { ...refusal, fieldErrors: { ...refusal.fieldErrors, ageConfirmed: [AGE_NOT_DECLARED] } };
    },
  },
  async ({ track, professionalCategory, ageConfirmed, locale }) => {
    const identity = await readPendingIdentity();
    if (!identity) return { ok: false, formError: "oidcExpired" };
    const registration = { track, professionalCategory, locale, ageConfirmed: ageConfirmed === "on" };
    const outcome = await registerFromIdentity(identity, registration);
    if (!outcome.ok) {
      if (outcome.reason === "ageNotDeclared") return { ok: false, fieldErrors: { ageConfirmed: [AGE_NOT_DECLARED] } };
      return { ok: false, formError: OIDC_REGISTRATION_ERRORS[outcome.reason] };
    }
    await clearPendingIdentity();
    try {
      await signIn("credentials", { proof: createSignInProof(outcome.sid), redirectTo: `/${locale}/dashboard` });
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, formError: "oidcExpired" };
      throw error; // the redirect thrown by signIn on success
    }
    return { ok: true, data: undefined };
  },
);

const AGE_NOT_DECLARED = "ageRequired";

const OIDC_REGISTRATION_ERRORS = {
  underAge: "oidcUnderAge",
  unprintableName: "oidcUnprintableName",
  emailTaken: "oidcEmailTaken",
  identityTaken: "oidcIdentityTaken",
} as const;

/**
 * The server-side session ends in Auth.js's signOut event (lib/auth/config.ts), as on every sign-out path.
 * A session opened through FranceConnect / ProConnect then ends at the provider too: the browser goes
 * there and comes back through /api/auth/oidc-logout-callback (home at once when it cannot be reached).
 */
export const signOutAction = formAction({ schema: z.object({}), access: "public" }, async ({ locale }, { session }) => {
  const oidc = session ? await getSessionOidc(session.sessionId) : null;
  if (!oidc) {
    await signOut({ redirectTo: `/${locale}` });
    return { ok: true, data: undefined };
  }
  await signOut({ redirect: false });
  const logout = await startProviderLogout(oidc, locale);
  if (!logout) redirect(`/${locale}`);
  (await cookies()).set(logout.cookie.name, logout.cookie.value, logout.cookie.options);
  redirect(logout.url);
});

/** "Rester connecté" when the session is about to end: a new full lifetime, in the database and the cookie. */
export const extendSessionAction = formAction(
  { schema: z.object({}), access: "user", policy: false },
  async (_input, { session }) => {
    const expiresAt = await extendSession(session.sessionId);
    await refreshSessionCookie({});
    return { ok: true, data: { expires: expiresAt.toISOString() } };
  },
);

export const forgotPasswordAction = formAction(
  { schema: forgotPasswordSchema, access: "public", redirect: ({ locale }) => `/${locale}/forgot-password/sent` },
  async ({ email }) => {
    if ((await consume(`reset:ip:${await getClientIp()}`, 10, 15 * 60_000)).limited)
      return { ok: false, formError: "rateLimited" };
    if (await mayEmailRecipient("reset", email)) await requestPasswordReset(email);
    return { ok: true, data: undefined };
  },
);

export const resetPasswordAction = formAction(
  {
    schema: resetPasswordSchema,
    access: "public",
    // The token travels in a hidden field the form cannot show errors for: a malformed one is an invalid link.
    invalid: (refusal) => (refusal.fieldErrors.token ? tokenInvalid() : refusal),
    redirect: ({ locale }) => `/${locale}/sign-in?reset=1`,
  },
  async ({ token, password }) => {
    const result = await resetPassword(token, password);
    if (result.ok) return { ok: true, data: undefined };
    return result.error === "tokenInvalid" ? tokenInvalid() : { ok: false, fieldErrors: { password: [result.error] } };
  },
);

// A pending policy never blocks re-authentication: the rights it protects (export, deletion) must stay reachable.
export const reauthAction = formAction(
  { schema: reauthSchema, access: "user", policy: false, redirect: ({ next, locale }) => safeNextPath(next, locale) },
  async ({ password }, { session }) => {
    const check = await verifyPasswordThrottled(session.user, password);
    if (check === "throttled") return { ok: false, formError: "rateLimited" };
    if (check === "wrong") return { ok: false, fieldErrors: { password: ["wrongPassword"] } };
    await markReauthenticated(session.sessionId);
    return { ok: true, data: undefined };
  },
);

export const acceptPolicyAction = formAction(
  {
    schema: acceptPolicySchema,
    access: "user",
    policy: false,
    redirect: ({ next, locale }) => safeNextPath(next, locale),
  },
  async (_input, { session }) => {
    await acceptCurrentPolicies(session.user.id, ["site"]);
    return { ok: true, data: undefined };
  },
);

export const confirmEmailAction = formAction(
  {
    schema: emailTokenSchema,
    access: "public",
    invalid: tokenInvalid,
    // A sign-up that came from somewhere (the open unit's quiz) goes back there after signing in.
    redirect: ({ locale, next }) =>
      `/${locale}/sign-in?confirmed=1${next && safeNextPath(next, locale) === next ? `&next=${encodeURIComponent(next)}` : ""}`,
  },
  async ({ token }) => ((await confirmEmail(token)) ? { ok: true, data: undefined } : tokenInvalid()),
);

const secondFactorRefusal = (reason: "wrong" | "throttled") =>
  reason === "throttled"
    ? { ok: false as const, formError: "rateLimited" }
    : { ok: false as const, fieldErrors: { code: ["codeInvalid"] } };

// The sign-in's second step, staff only (a learner is sent to the dashboard); a pending site policy is
// asked for afterwards, on the way to the staff page.

/** The first code from a new authenticator: enrolment done, the ten recovery codes returned to be shown once. */
export const enrolSecondFactorAction = formAction(
  { schema: secondFactorSchema, access: "staff-password", policy: false },
  async ({ code }, { session: { user, sessionId } }) => {
    const outcome = await confirmEnrolment(user, sessionId, code);
    if (!outcome.ok) return { ...secondFactorRefusal(outcome.reason), values: {} };
    return { ok: true, data: { recoveryCodes: outcome.data } };
  },
);

export const verifySecondFactorAction = formAction(
  {
    schema: secondFactorSchema,
    access: "staff-password",
    policy: false,
    redirect: ({ next, locale }) => safeNextPath(next, locale),
  },
  async ({ code }, { session: { user, sessionId } }) => {
    const outcome = await verifySecondFactor(user, sessionId, code);
    if (!outcome.ok) return { ...secondFactorRefusal(outcome.reason), values: {} };
    return { ok: true, data: undefined };
  },
);
