// Staff accounts for tests: the role, a confirmed TOTP authenticator with a known secret, and a session
// that has passed the second factor (what the sign-in's second step records).
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { staffSecondFactors, userSessions, users, type User } from "@/db/schema";
import { encryptTotpSecret } from "@/lib/auth/second-factor";
import { hashToken } from "@/lib/auth/tokens";

/** A base32 secret known to the tests (never used outside them). */
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export async function makeStaff(user: User, { enrolled = true }: { enrolled?: boolean } = {}): Promise<User> {
  const [staff] = await db.update(users).set({ role: "staff" }).where(eq(users.id, user.id)).returning();
  if (enrolled)
    await db
      .insert(staffSecondFactors)
      .values({ userId: user.id, secretCiphertext: encryptTotpSecret(TEST_TOTP_SECRET), confirmedAt: new Date() });
  return staff!;
}

export async function passSecondFactor(sid: string, at = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ secondFactorAt: at })
    .where(eq(userSessions.id, hashToken(sid)));
}
