// Signing up with ProConnect, against the local provider configured as ProConnect (its scopes, its
// claims with usual_name and siret, no birth date, userinfo as a signed JWT): the usual name becomes the
// last name, and with no birth date the registration step asks the person to declare being 15 or older.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { findUserByIdentity } from "@/lib/auth/oidc/identities";
import { openPendingIdentity, PENDING_IDENTITY_COOKIE } from "@/lib/auth/oidc/pending";
import type { OidcProviderSettings } from "@/lib/auth/oidc/settings";
import { ORIGIN, getCookie, inRequest } from "../support/next-request-mock";
import { oidcAuthFlow } from "../support/oidc/auth-flow";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc/provider";
import { TEST_PROCONNECT_USERS } from "../support/oidc/users";

const client = {
  clientId: "vigie-proconnect",
  clientSecret: "integration-proconnect-secret-0123456789",
  redirectUris: [`${ORIGIN}/api/auth/callback/proconnect`],
};
const op: TestOidcProvider = await startTestOidcProvider({ clients: [client], federation: "proconnect" });
(globalThis as unknown as { vigieOidc?: OidcProviderSettings[] }).vigieOidc = [
  { id: "proconnect", issuer: op.issuer, ...client },
];
const authRoute = await import("@/app/api/auth/[...nextauth]/route");
const { completeOidcRegistrationAction } = await import("@/lib/auth/actions");
const { authorize, callback } = oidcAuthFlow(authRoute, op.issuer, "proconnect");

function register(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ locale: "fr", ...fields })) form.set(k, v);
  return inRequest(() => completeOidcRegistrationAction(undefined, form));
}

describe("ProConnect", () => {
  it("asks for ProConnect's own scopes, with its acr, PKCE, state and nonce", async () => {
    const { authorization } = await authorize("agent");
    expect(authorization.searchParams.get("scope")).toBe("openid given_name usual_name email");
    expect(authorization.searchParams.get("acr_values")).toBe("eidas1");
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  });

  it("maps usual_name to the last name; with no birth date, registering needs the age declared", async () => {
    const { jar, callback: url } = await authorize("agent");
    const { location, sid } = await callback(jar, url);
    expect(location).toBe(`${ORIGIN}/fr/sign-up/identity`);
    expect(sid).toBeNull();
    const pending = openPendingIdentity(getCookie(PENDING_IDENTITY_COOKIE), env.AUTH_SECRET, new Date());
    expect(pending).toMatchObject({
      provider: "proconnect",
      subject: TEST_PROCONNECT_USERS.agent.sub,
      givenName: "Camille Anne",
      familyName: "Rousseau",
      email: "camille.rousseau@example.gouv.fr",
    });
    expect(pending).not.toHaveProperty("birthdate");

    // The box unticked: refused, together with the form's other errors.
    expect(await register({ acceptPolicy: "on" })).toMatchObject({
      value: { ok: false, fieldErrors: { track: ["trackRequired"], ageConfirmed: ["ageRequired"] } },
    });
    expect(await register({ track: "public", acceptPolicy: "on" })).toMatchObject({
      value: { ok: false, fieldErrors: { ageConfirmed: ["ageRequired"] } },
    });
    expect(await db.select().from(users).where(eq(users.email, TEST_PROCONNECT_USERS.agent.email))).toEqual([]);

    // Ticked: the account exists, with the verified names, and the person is signed in.
    const done = await register({ track: "public", ageConfirmed: "on", acceptPolicy: "on" });
    expect("thrown" in done && String((done.thrown as { digest?: string }).digest)).toContain("/fr/dashboard");
    const [user] = await db.select().from(users).where(eq(users.email, TEST_PROCONNECT_USERS.agent.email));
    expect(user).toMatchObject({ firstName: "Camille Anne", lastName: "Rousseau", namesVerifiedBy: "proconnect" });
    expect(user?.ageConfirmedAt).toBeInstanceOf(Date);
    expect((await findUserByIdentity("proconnect", TEST_PROCONNECT_USERS.agent.sub))?.id).toBe(user?.id);
  });

  it("signs the registered professional in on the next visit", async () => {
    const { jar, callback: url } = await authorize("agent");
    const { location, sid } = await callback(jar, url);
    expect(location).toBe(`${ORIGIN}/fr/dashboard`);
    expect(sid).toBeTruthy();
  });

  it("refuses a userinfo whose signature does not hold, though Auth.js decoded it: no session, nothing pending", async () => {
    op.tamper("userinfo-signature");
    try {
      const { jar, callback: url } = await authorize("agent");
      const { location, sid } = await callback(jar, url);
      expect(location).toBe(`${ORIGIN}/fr/sign-in?oidc=invalid`);
      expect(sid).toBeNull();
      expect(getCookie(PENDING_IDENTITY_COOKIE)).toBeFalsy();
    } finally {
      op.tamper(null);
    }
  });
});
