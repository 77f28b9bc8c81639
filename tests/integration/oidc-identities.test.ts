// Verified identities and accounts: a known identity opens the same server-side session as a password;
// an unknown one opens nothing and creates nothing; one identity belongs to one account.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { userIdentities, users } from "@/db/schema";
import { findUserByIdentity, linkIdentity, signInWithIdentity } from "@/lib/auth/oidc/identities";
import { getSessionUser } from "@/lib/auth/sessions";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { createLearner } from "../support/factories";

const IP = "198.51.100.7";

describe("OIDC identities", () => {
  it("signs a linked identity in to its account with a server-side session", async () => {
    const learner = await createLearner();
    expect(await linkIdentity(learner.id, "franceconnect", "fc-known-1")).toBe(true);
    const result = await signInWithIdentity({ provider: "franceconnect", subject: "fc-known-1" }, IP);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.id).toBe(learner.id);
    expect((await getSessionUser(result.sid))?.user.id).toBe(learner.id);
  });

  it("opens nothing and creates nothing for an unknown identity, even with an existing account's email", async () => {
    const learner = await createLearner();
    const before = (await db.select({ id: users.id }).from(users)).length;
    const result = await signInWithIdentity({ provider: "franceconnect", subject: "fc-unknown-1" }, IP);
    expect(result).toEqual({ ok: false, reason: "unknown" });
    expect((await db.select({ id: users.id }).from(users)).length).toBe(before);
    expect(await db.select().from(userIdentities).where(eq(userIdentities.userId, learner.id))).toEqual([]);
  });

  it("keys identities by provider and subject: one account each, never moved to another", async () => {
    const first = await createLearner();
    const second = await createLearner();
    expect(await linkIdentity(first.id, "franceconnect", "shared-sub")).toBe(true);
    expect(await linkIdentity(second.id, "franceconnect", "shared-sub")).toBe(false);
    expect((await findUserByIdentity("franceconnect", "shared-sub"))?.id).toBe(first.id);
    // The same subject at another provider is another person.
    expect(await linkIdentity(second.id, "proconnect", "shared-sub")).toBe(true);
    expect((await findUserByIdentity("proconnect", "shared-sub"))?.id).toBe(second.id);
  });

  it("refuses an account whose email is not confirmed, like a password sign-in", async () => {
    const learner = await createLearner();
    await db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, learner.id));
    await linkIdentity(learner.id, "franceconnect", "fc-unconfirmed");
    expect(await signInWithIdentity({ provider: "franceconnect", subject: "fc-unconfirmed" }, IP)).toEqual({
      ok: false,
      reason: "unconfirmed",
    });
  });

  it("is held back by the per-address limit shared with password sign-ins", async () => {
    const learner = await createLearner();
    await linkIdentity(learner.id, "franceconnect", "fc-throttled");
    const now = new Date();
    let last;
    for (let i = 0; i < 101; i += 1)
      last = await signInWithIdentity({ provider: "franceconnect", subject: "fc-throttled" }, "203.0.113.99", now);
    expect(last).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("deletes the identity with the account", async () => {
    const learner = await createLearner();
    await linkIdentity(learner.id, "franceconnect", "fc-deleted");
    await deleteAccount(learner, "self");
    expect(await findUserByIdentity("franceconnect", "fc-deleted")).toBeNull();
    expect(await db.select().from(userIdentities).where(eq(userIdentities.subject, "fc-deleted"))).toEqual([]);
  });
});
