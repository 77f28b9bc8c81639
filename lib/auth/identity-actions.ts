"use server";
// Linking FranceConnect / ProConnect identities to accounts, through the one form pipeline: with the
// existing account's password from the registration step, or from the profile (link, unlink).
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { getClientIp } from "@/lib/net/request-ip";
import { formAction } from "@/lib/actions/form-action";
import { signIn } from "./index";
import { linkWithPassword, unlinkIdentity } from "./oidc/link";
import { setLinkIntent } from "./oidc/link-intent";
import { clearPendingIdentity, readPendingIdentity } from "./oidc/pending-cookie";
import { isOidcProviderConfigured } from "./oidc/providers";
import { secondFactorPath } from "./paths";
import { oidcLinkAccountSchema, oidcProviderSchema } from "./schemas";
import { endCookieSession } from "./sessions";
import { createSignInProof } from "./sign-in";

const LINK_ERRORS = {
  noAccount: "oidcExpired",
  noPassword: "oidcLinkNoPassword",
  unconfirmed: "unconfirmed",
  identityTaken: "oidcIdentityTaken",
  providerTaken: "oidcLinkProviderTaken",
} as const;

/** "This account is mine": its password links the pending verified identity to it, then signs in. */
export const linkExistingAccountAction = formAction(
  { schema: oidcLinkAccountSchema, access: "public" },
  async ({ password, locale }) => {
    const identity = await readPendingIdentity();
    if (!identity) return { ok: false, formError: "oidcExpired", values: {} };
    const outcome = await linkWithPassword(identity, password, await getClientIp());
    if (!outcome.ok) {
      if (outcome.reason === "invalid") return { ok: false, fieldErrors: { password: ["wrongPassword"] }, values: {} };
      if (outcome.reason === "throttled")
        return { ok: false, formError: "throttled", retryAfterSeconds: outcome.retryAfterSeconds, values: {} };
      return { ok: false, formError: LINK_ERRORS[outcome.reason], values: {} };
    }
    await clearPendingIdentity();
    const jar = await cookies();
    await endCookieSession((name) => jar.get(name)?.value);
    const dashboard = `/${locale}/dashboard`;
    try {
      await signIn("credentials", {
        proof: createSignInProof(outcome.sid),
        redirectTo: outcome.user.role === "staff" ? secondFactorPath(locale, dashboard) : dashboard,
      });
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, formError: "oidcExpired", values: {} };
      throw error; // the redirect thrown by signIn on success
    }
    return { ok: true, data: undefined };
  },
);

/**
 * "Link FranceConnect": after a recent re-authentication (asked in the form itself when older than 10
 * minutes), off to the provider; its callback links the identity to this account (lib/auth/oidc/callback.ts).
 */
export const linkProviderAction = formAction(
  { schema: oidcProviderSchema, access: "recent", returnTo: (locale) => `/${locale}/account` },
  async ({ provider, locale }, { session }) => {
    if (!isOidcProviderConfigured(provider)) return { ok: false, formError: "oidcUnavailable" };
    await setLinkIntent(session.sessionId, provider, locale);
    await signIn(provider, { redirectTo: `/${locale}/account` });
    return { ok: true, data: undefined };
  },
);

/** "Unlink": refused when it would leave the account no way to sign in. */
export const unlinkProviderAction = formAction(
  {
    schema: oidcProviderSchema,
    access: "user",
    returnTo: (locale) => `/${locale}/account`,
    revalidate: ({ locale }) => [`/${locale}/account`],
    redirect: ({ locale }) => `/${locale}/account?link=unlinked#sign-in-methods`,
  },
  async ({ provider }, { session }) => {
    const outcome = await unlinkIdentity(session.user.id, provider);
    if (!outcome.ok)
      return { ok: false, formError: outcome.reason === "lastWayIn" ? "oidcUnlinkLastWayIn" : "oidcUnlinkNotLinked" };
    return { ok: true, data: undefined };
  },
);
