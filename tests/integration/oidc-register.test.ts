// Completing the registration of a verified identity: names and age from the provider, never a silent
// link to an existing account, one account per identity.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { policyAcceptances, users } from "@/db/schema";
import { findUserByIdentity } from "@/lib/auth/oidc/identities";
import { identityFromClaims, type VerifiedIdentity } from "@/lib/auth/oidc/identity";
import { registerFromIdentity } from "@/lib/auth/oidc/register";
import { authenticate } from "@/lib/auth/sign-in";
import { getSessionUser } from "@/lib/auth/sessions";
import { createLearner } from "../support/factories";
import { TEST_OIDC_USERS } from "../support/oidc/users";

const NOW = new Date();
const identityOf = (key: keyof typeof TEST_OIDC_USERS, overrides: Partial<VerifiedIdentity> = {}) => ({
  ...identityFromClaims("franceconnect", TEST_OIDC_USERS[key])!,
  ...overrides,
});

describe("registration from a verified identity", () => {
  it("creates a confirmed learner with the provider's names, linked, policies accepted, signed in", async () => {
    const identity = identityOf("adult", { subject: "reg-adult", email: "reg-adult@example.org" });
    const outcome = await registerFromIdentity(
      identity,
      { track: "professional", professionalCategory: "erp_manager", locale: "fr" },
      NOW,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.user).toMatchObject({
      firstName: "Marie-Hélène",
      lastName: "Dupont",
      email: "reg-adult@example.org",
      track: "professional",
      professionalCategory: "erp_manager",
    });
    expect(outcome.user.emailVerifiedAt).not.toBeNull();
    expect((await findUserByIdentity("franceconnect", "reg-adult"))?.id).toBe(outcome.user.id);
    expect((await getSessionUser(outcome.sid))?.acceptedSitePolicy).toBe(true);
    expect(await db.select().from(policyAcceptances).where(eq(policyAcceptances.userId, outcome.user.id))).not.toEqual(
      [],
    );
    // No password anyone knows.
    expect((await authenticate(outcome.user.username, "", "198.51.100.20")).ok).toBe(false);
  });

  it("refuses a person under 15 and names the certificate cannot print, creating nothing", async () => {
    for (const [key, reason] of [
      ["minor", "underAge"],
      ["unprintable", "unprintableName"],
    ] as const) {
      const identity = identityOf(key);
      expect(await registerFromIdentity(identity, { track: "public", locale: "fr" }, NOW)).toEqual({
        ok: false,
        reason,
      });
      expect(await db.select().from(users).where(eq(users.email, identity.email))).toEqual([]);
    }
  });

  it("never links to an existing account with the same email, and registers an identity once", async () => {
    const existing = await createLearner({ email: "taken-by-password@example.org" });
    const identity = identityOf("adult", { subject: "reg-taken", email: "TAKEN-by-password@example.org" });
    expect(await registerFromIdentity(identity, { track: "public", locale: "fr" }, NOW)).toEqual({
      ok: false,
      reason: "emailTaken",
    });
    expect(await findUserByIdentity("franceconnect", "reg-taken")).toBeNull();
    expect((await db.select().from(users).where(eq(users.id, existing.id)))[0]?.email).toBe(
      "taken-by-password@example.org",
    );

    const once = identityOf("adult", { subject: "reg-once", email: "reg-once@example.org" });
    expect((await registerFromIdentity(once, { track: "public", locale: "en" }, NOW)).ok).toBe(true);
    expect(
      await registerFromIdentity({ ...once, email: "reg-twice@example.org" }, { track: "public", locale: "en" }, NOW),
    ).toEqual({
      ok: false,
      reason: "identityTaken",
    });
  });
});
