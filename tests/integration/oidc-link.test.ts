// Linking verified identities to existing accounts (with the password, or from the profile), unlinking
// them while a way in remains, and the logout at the provider of a session opened through it, against
// the local OIDC provider (a real one: signed ID tokens, real code exchange, RP-initiated logout).
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { rateLimitBuckets, userIdentities, userSessions, users } from "@/db/schema";
import { findUserByIdentity, linkIdentity } from "@/lib/auth/oidc/identities";
import { identityFromClaims } from "@/lib/auth/oidc/identity";
import { findLinkTarget, linkToSession, linkWithPassword, unlinkIdentity } from "@/lib/auth/oidc/link";
import { LINK_INTENT_COOKIE, sealLinkIntent } from "@/lib/auth/oidc/link-intent";
import { OIDC_LOGOUT_COOKIE, startProviderLogout } from "@/lib/auth/oidc/logout";
import type { PendingIdentity } from "@/lib/auth/oidc/pending";
import type { OidcProviderSettings } from "@/lib/auth/oidc/settings";
import { identifierSubject } from "@/lib/auth/rate-limit";
import { sessionIdFromCookies } from "@/lib/auth/session-cookie";
import { endSession, getSessionOidc, getSessionUser } from "@/lib/auth/sessions";
import { hashToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env.mjs";
import { PASSWORD, createLearner } from "../support/factories";
import { ORIGIN, SESSION_COOKIE, openSession, setCookie } from "../support/next-request-mock";
import { Jar, oidcAuthFlow, routeRequest } from "../support/oidc/auth-flow";
import { followToClient } from "../support/oidc/browser";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc/provider";
import { TEST_OIDC_USERS } from "../support/oidc/users";

const client = {
  clientId: "vigie-integration-link",
  clientSecret: "integration-link-client-secret-0123456789",
  redirectUris: [`${ORIGIN}/api/auth/callback/franceconnect`],
  postLogoutRedirectUris: [`${env.APP_URL}/api/auth/oidc-logout-callback`],
};
const op: TestOidcProvider = await startTestOidcProvider({ clients: [client] });
// See oidc-sign-in.test.ts: the parsed settings handed over through lib/auth/oidc/providers.ts's cache.
// ProConnect points at a closed port: a provider that cannot be reached at logout.
(globalThis as unknown as { vigieOidc?: OidcProviderSettings[] }).vigieOidc = [
  { id: "franceconnect", issuer: op.issuer, clientId: client.clientId, clientSecret: client.clientSecret },
  {
    id: "proconnect",
    issuer: "http://127.0.0.1:9",
    clientId: "unreachable",
    clientSecret: "unreachable-secret-0123456789",
  },
];
const authRoute = await import("@/app/api/auth/[...nextauth]/route");
const logoutRoute = await import("@/app/api/auth/oidc-logout-callback/route");
afterAll(() => op.close());

const NOW = new Date();
const IP = "198.51.100.44";
const pending = (subject: string, email: string, idToken = "header.payload.signature"): PendingIdentity => ({
  ...identityFromClaims("franceconnect", { ...TEST_OIDC_USERS.adult, sub: subject, email })!,
  idToken,
});

const { authorize } = oidcAuthFlow(authRoute, op.issuer);

describe("linking an identity to the account with its verified email, with the password", () => {
  it("links with the right password and opens a session through the provider, keeping its ID token", async () => {
    const owner = await createLearner({ email: "link-right@example.org" });
    expect(await findLinkTarget({ email: "LINK-right@example.org" })).toBe("password");
    const outcome = await linkWithPassword(
      pending("link-right", "link-right@example.org", "the.id.token"),
      PASSWORD,
      IP,
      NOW,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.user.id).toBe(owner.id);
    expect((await findUserByIdentity("franceconnect", "link-right"))?.id).toBe(owner.id);
    expect((await getSessionUser(outcome.sid))?.user.id).toBe(owner.id);
    expect(await getSessionOidc(outcome.sid)).toEqual({ provider: "franceconnect", idToken: "the.id.token" });
  });

  it("links nothing with a wrong password, and counts it as a failed sign-in with that email", async () => {
    await createLearner({ email: "link-wrong@example.org" });
    const identity = pending("link-wrong", "link-wrong@example.org");
    expect(await linkWithPassword(identity, "not the password at all", IP, NOW)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await findUserByIdentity("franceconnect", "link-wrong")).toBeNull();
    const [bucket] = await db
      .select()
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, identifierSubject("link-wrong@example.org")));
    expect(bucket?.count).toBe(1);
    // Throttled as a sign-in: past the free failures, even the right password is held back.
    for (let i = 0; i < 4; i += 1) await linkWithPassword(identity, "still not the password", IP, NOW);
    expect(await linkWithPassword(identity, PASSWORD, IP, NOW)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await findUserByIdentity("franceconnect", "link-wrong")).toBeNull();
  });

  it("never links an identity already linked, nor a second identity of the same provider", async () => {
    const first = await createLearner({ email: "link-first@example.org" });
    await linkIdentity(first.id, "franceconnect", "link-twice", NOW);
    const other = await createLearner({ email: "link-other@example.org" });
    expect(await linkWithPassword(pending("link-twice", "link-other@example.org"), PASSWORD, IP, NOW)).toEqual({
      ok: false,
      reason: "identityTaken",
    });
    expect((await findUserByIdentity("franceconnect", "link-twice"))?.id).toBe(first.id);
    expect(await linkWithPassword(pending("link-another", "link-first@example.org"), PASSWORD, IP, NOW)).toEqual({
      ok: false,
      reason: "providerTaken",
    });
    expect(await db.select().from(userIdentities).where(eq(userIdentities.userId, other.id))).toEqual([]);
  });

  it("refuses an account whose password was never chosen: it is itself an identity account", async () => {
    const identityOnly = await createLearner({ email: "link-nopassword@example.org" });
    await db.update(users).set({ passwordChosen: false }).where(eq(users.id, identityOnly.id));
    expect(await findLinkTarget({ email: "link-nopassword@example.org" })).toBe("noPassword");
    expect(await linkWithPassword(pending("link-nopw", "link-nopassword@example.org"), PASSWORD, IP, NOW)).toEqual({
      ok: false,
      reason: "noPassword",
    });
    expect(await findUserByIdentity("franceconnect", "link-nopw")).toBeNull();
  });
});

describe("linking from the profile and unlinking", () => {
  it("links to the signed-in account only after a recent authentication, never another's identity", async () => {
    const learner = await createLearner();
    const stale = await openSession(learner, 11 * 60_000);
    expect(await linkToSession({ provider: "franceconnect", subject: "profile-link" }, stale.sid)).toBe("reauth");
    const recent = await openSession(learner);
    expect(await linkToSession({ provider: "franceconnect", subject: "profile-link" }, recent.sid)).toBe("linked");
    expect(await linkToSession({ provider: "franceconnect", subject: "profile-link" }, recent.sid)).toBe("already");
    const someoneElse = await openSession(await createLearner());
    expect(await linkToSession({ provider: "franceconnect", subject: "profile-link" }, someoneElse.sid)).toBe("taken");
    expect((await findUserByIdentity("franceconnect", "profile-link"))?.id).toBe(learner.id);
  });

  it("links through the provider's callback when this session asked for it, and back to the profile", async () => {
    const learner = await createLearner();
    const { jar, callback } = await authorize("newcomer");
    const session = await openSession(learner);
    setCookie(SESSION_COOKIE, session.cookie);
    setCookie(LINK_INTENT_COOKIE, sealLinkIntent(session.sid, "franceconnect", "en", env.AUTH_SECRET, new Date()));
    const response = await authRoute.GET(routeRequest(jar, callback.href));
    expect(response.headers.get("location")).toBe(`${ORIGIN}/en/account?link=linked#sign-in-methods`);
    expect((await findUserByIdentity("franceconnect", TEST_OIDC_USERS.newcomer.sub))?.id).toBe(learner.id);
    // The same session goes on: no new session cookie was handed out.
    jar.take(response);
    expect(await sessionIdFromCookies((name) => jar.values.get(name))).toBeNull();
    await db.delete(userIdentities).where(eq(userIdentities.subject, TEST_OIDC_USERS.newcomer.sub));
  });

  it("refuses to unlink the only way in, and unlinks when a password was chosen or another identity remains", async () => {
    const learner = await createLearner();
    await linkIdentity(learner.id, "franceconnect", "unlink-fc", NOW);
    await db.update(users).set({ passwordChosen: false }).where(eq(users.id, learner.id));
    expect(await unlinkIdentity(learner.id, "franceconnect")).toEqual({ ok: false, reason: "lastWayIn" });
    expect(await findUserByIdentity("franceconnect", "unlink-fc")).not.toBeNull();
    expect(await unlinkIdentity(learner.id, "proconnect")).toEqual({ ok: false, reason: "notLinked" });

    await linkIdentity(learner.id, "proconnect", "unlink-pc", NOW);
    expect(await unlinkIdentity(learner.id, "franceconnect")).toEqual({ ok: true });
    expect(await unlinkIdentity(learner.id, "proconnect")).toEqual({ ok: false, reason: "lastWayIn" });

    await db.update(users).set({ passwordChosen: true }).where(eq(users.id, learner.id));
    expect(await unlinkIdentity(learner.id, "proconnect")).toEqual({ ok: true });
    expect(await db.select().from(userIdentities).where(eq(userIdentities.userId, learner.id))).toEqual([]);
  });
});

describe("logout at the provider", () => {
  it("keeps the provider and ID token on the session row, gone with the session", async () => {
    await linkIdentity((await createLearner()).id, "franceconnect", TEST_OIDC_USERS.adult.sub, NOW);
    const { jar, callback } = await authorize("adult");
    const response = await authRoute.GET(routeRequest(jar, callback.href));
    jar.take(response);
    const sid = await sessionIdFromCookies((name) => jar.values.get(name));
    expect(sid).toBeTruthy();
    const oidc = await getSessionOidc(sid!);
    expect(oidc?.provider).toBe("franceconnect");
    expect(oidc?.idToken.split(".")).toHaveLength(3);
    await endSession(sid!);
    expect(
      await db
        .select()
        .from(userSessions)
        .where(eq(userSessions.id, hashToken(sid!))),
    ).toEqual([]);
  });

  it("signs out locally, then through the provider's end-session endpoint and back, state checked", async () => {
    const { jar, csrfToken, callback } = await authorize("adult");
    jar.take(await authRoute.GET(routeRequest(jar, callback.href)));
    const sid = (await sessionIdFromCookies((name) => jar.values.get(name)))!;
    const { idToken } = (await getSessionOidc(sid))!;
    const signOut = await authRoute.POST(
      routeRequest(jar, `${ORIGIN}/api/auth/signout`, { csrfToken, callbackUrl: `${ORIGIN}/en` }),
    );
    expect(await getSessionUser(sid)).toBeNull();
    const location = new URL(signOut.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(`${op.issuer}/session/end`);
    expect(location.searchParams.get("id_token_hint")).toBe(idToken);
    expect(location.searchParams.get("post_logout_redirect_uri")).toBe(`${env.APP_URL}/api/auth/oidc-logout-callback`);
    const state = location.searchParams.get("state")!;
    jar.take(signOut);
    expect(jar.values.get(OIDC_LOGOUT_COOKIE)).toBe(`${state}.en`);

    const back = await followToClient(location.href, op.issuer);
    expect(`${back.origin}${back.pathname}`).toBe(`${env.APP_URL}/api/auth/oidc-logout-callback`);
    expect(back.searchParams.get("state")).toBe(state);
    const landing = await logoutRoute.GET(routeRequest(jar, back.href));
    expect(landing.status).toBe(303);
    expect(landing.headers.get("location")).toBe(`${env.APP_URL}/en`);
  });

  it("leaves an unreachable provider out: the local sign-out alone, home at once", async () => {
    expect(await startProviderLogout({ provider: "proconnect", idToken: "a.b.c" }, "fr")).toBeNull();
  });

  it("lands at home whatever state comes back, the local session being gone already", async () => {
    const jar = new Jar();
    jar.values.set(OIDC_LOGOUT_COOKIE, "the-state.fr");
    const forged = await logoutRoute.GET(routeRequest(jar, `${ORIGIN}/api/auth/oidc-logout-callback?state=forged`));
    expect(forged.headers.get("location")).toBe(`${env.APP_URL}/fr`);
  });
});
