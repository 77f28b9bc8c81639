// Every account email is recorded in the transaction of the change it reports: when the email cannot be
// recorded, the change is not made either (no password changed silently, no link nobody was sent).
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailTokens, users } from "@/db/schema";
import { changePassword, confirmEmailChange, requestEmailChange } from "@/lib/account/profile";
import { requestPasswordReset, resetPassword } from "@/lib/auth/accounts";
import { issueEmailToken } from "@/lib/auth/tokens";
import { createLearner } from "../support/factories";

const NEW_PASSWORD = "une autre phrase de passe bien longue";

/** Refuses outbox rows for addresses marked "refuse-outbox", as a full disk or a lost connection would. */
beforeAll(async () => {
  await db.execute(sql`
    create function test_refuse_outbox() returns trigger language plpgsql as $$
    begin
      if new.to_address like '%refuse-outbox%' then raise exception 'outbox unavailable'; end if;
      return new;
    end $$`);
  await db.execute(sql`
    create trigger test_refuse_outbox before insert on email_outbox
    for each row execute function test_refuse_outbox()`);
});

afterAll(async () => {
  await db.execute(sql`drop trigger test_refuse_outbox on email_outbox`);
  await db.execute(sql`drop function test_refuse_outbox()`);
});

/** A confirmed learner whose emails can no longer be recorded. */
async function learnerWithoutOutbox() {
  const user = await createLearner();
  const email = user.email.replace("@", "+refuse-outbox@");
  const [updated] = await db.update(users).set({ email }).where(eq(users.id, user.id)).returning();
  if (!updated) throw new Error("user missing");
  return updated;
}

async function reload(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("user missing");
  return row;
}

const tokensOf = (userId: string) => db.select().from(emailTokens).where(eq(emailTokens.userId, userId));

describe("account emails recorded with their change", () => {
  it("a password change whose notice cannot be recorded leaves the password as it was", async () => {
    const user = await learnerWithoutOutbox();
    await expect(changePassword(user, "no-session", NEW_PASSWORD)).rejects.toThrow(/insert into "email_outbox"/);
    expect((await reload(user.id)).passwordHash).toBe(user.passwordHash);
  });

  it("a reset whose notice cannot be recorded keeps the password and leaves the link usable", async () => {
    const user = await learnerWithoutOutbox();
    const token = await issueEmailToken(user.id, "reset_password", new Date());
    await expect(resetPassword(token, NEW_PASSWORD)).rejects.toThrow(/insert into "email_outbox"/);
    expect((await reload(user.id)).passwordHash).toBe(user.passwordHash);
    expect((await tokensOf(user.id)).filter((t) => t.purpose === "reset_password" && !t.usedAt)).toHaveLength(1);
  });

  it("a reset request whose email cannot be recorded leaves no link behind", async () => {
    const user = await learnerWithoutOutbox();
    await expect(requestPasswordReset(user.email)).rejects.toThrow(/insert into "email_outbox"/);
    expect((await tokensOf(user.id)).filter((t) => t.purpose === "reset_password")).toHaveLength(0);
  });

  it("an email change whose link cannot be sent leaves no link behind", async () => {
    const user = await createLearner();
    await expect(requestEmailChange(user, "new+refuse-outbox@example.org")).rejects.toThrow(
      /insert into "email_outbox"/,
    );
    expect((await tokensOf(user.id)).filter((t) => t.purpose === "change_email")).toHaveLength(0);
  });

  it("an email switch the old address cannot be told of does not happen", async () => {
    const user = await learnerWithoutOutbox();
    const token = await issueEmailToken(user.id, "change_email", new Date(), { newEmail: "moved@example.org" });
    await expect(confirmEmailChange(token)).rejects.toThrow(/insert into "email_outbox"/);
    expect((await reload(user.id)).email).toBe(user.email);
    expect((await tokensOf(user.id)).find((t) => t.purpose === "change_email")?.usedAt).toBeNull();
  });
});
